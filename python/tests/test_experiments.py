from dlfp.experiments import run_experiment
from dlfp.training import train_config

OPTIONS = {"label_column": "label", "test_fraction": 0.0, "standardize": False, "hidden": [3], "seed": 1}
NETWORK = {"chapter": "chx", "title": "t {shape}", "activations": ["tanh", "sigmoid"]}


def test_run_experiment_prints_cost_lines_accuracy_metrics_and_writes_the_plots(data_path, tmp_path, capsys):
    options = dict(OPTIONS, data=data_path("moons.csv"), out=str(tmp_path))
    run_experiment(options, NETWORK, train_config(learning_rate=0.5, iterations=5, print_every=2))
    lines = capsys.readouterr().out.splitlines()
    # The run's record first: the file's name, its examples (a line each after the header), the network.
    with open(data_path("moons.csv")) as f:
        m = len(f.readlines()) - 1
    assert lines[:3] == [f"data: 'moons.csv', {m} examples of 2 features", "classes: 0, 1", "network: 2-3-1, tanh/sigmoid"]
    assert lines[3].startswith("iteration 0: cost 0.69") and lines[6].startswith("train accuracy: ")
    metrics = next(k for k, line in enumerate(lines) if line.startswith("accuracy 95 % confidence interval: "))
    assert lines[metrics + 1].startswith("kappa: ") and metrics > 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chx_boundary_python.png", "chx_cost_python.png",
                                                          "chx_data_python.png"]


def test_more_than_two_features_a_test_split_and_text_labels(tmp_path, capsys):
    rows = ["a,b,c,kind"] + [f"{k},{k % 3},{(k * 7) % 5},{'yes' if k % 2 else 'no'}" for k in range(20)]
    (tmp_path / "d.csv").write_text("\n".join(rows) + "\n")
    options = dict(OPTIONS, data=str(tmp_path / "d.csv"), out=str(tmp_path / "out"), label_column="kind",
                   test_fraction=0.25, standardize=True, hidden=[4, 2])
    run_experiment(options, NETWORK, train_config(learning_rate=0.1, iterations=3, print_every=10))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "read_dataset: classes of 'kind': 0 = 'no', 1 = 'yes'"
    assert lines[1:5] == ["data: 'd.csv', 20 examples of 3 features", "classes: 0 = 'no', 1 = 'yes'",
                          "held out: 5 of 20 examples, not trained on", "network: 3-4-2-1, tanh/tanh/sigmoid"]
    assert lines[7].startswith("train accuracy: ") and lines[8].startswith("test accuracy: ")
    assert lines[-1] == "no decision boundary: the data has 3 features and the picture draws 2"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["chx_cost_python.png"]
    # The confusion matrix counts the 5 held-out examples (ceil(0.25 x 20)).
    matrix = next(k for k, line in enumerate(lines) if line.startswith("confusion matrix"))
    assert sum(int(v) for line in lines[matrix + 2:matrix + 4] for v in line.split()[1:]) == 5
