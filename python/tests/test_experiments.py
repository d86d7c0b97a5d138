from dlfp.experiments import run_experiment


def test_run_experiment_prints_cost_lines_accuracy_and_writes_both_plots(data_path, tmp_path, capsys):
    options = {"data": data_path("moons.csv"), "iterations": 5, "learning_rate": 0.5, "seed": 1, "out": str(tmp_path)}
    run_experiment(options, 2, [3], ["tanh", "sigmoid"], "default", 2, "chx", "t")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("iteration 0: cost 0.69") and lines[3].startswith("train accuracy: ")
    assert (tmp_path / "chx_cost_python.png").exists() and (tmp_path / "chx_boundary_python.png").exists()
