from dlfp.experiments import run_experiment
from dlfp.training import train_config


def test_run_experiment_prints_cost_lines_accuracy_metrics_and_writes_the_plots(data_path, tmp_path, capsys):
    options = {"data": data_path("moons.csv"), "seed": 1, "out": str(tmp_path)}
    network = {"chapter": "chx", "title": "t", "classes": 2, "hidden": [3], "activations": ["tanh", "sigmoid"]}
    run_experiment(options, network, train_config(learning_rate=0.5, iterations=5, print_every=2))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("iteration 0: cost 0.69") and lines[3].startswith("train accuracy: ")
    assert lines[8].startswith("accuracy 95 % confidence interval: ") and lines[9].startswith("kappa: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chx_boundary_python.png", "chx_cost_python.png",
                                                          "chx_data_python.png"]
