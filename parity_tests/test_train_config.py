"""train's one options object: train_config has the same fields and defaults in every language."""
from helpers import each

# Every field away from its default: mini-batches, Adam, dropout, L2 and exponential decay.
EVERY_FEATURE = dict(learning_rate=0.01, iterations=20, init="he", print_every=0, batch_size=64, optimizer="adam",
                     beta1=0.85, beta2=0.995, epsilon=1e-7, lambd=0.05, keep_prob=0.8, decay="exponential",
                     decay_rate=0.9)


def test_train_config_has_the_same_fields_and_defaults_everywhere(langs):
    # The bridge refuses a config whose fields are not TrainConfig's, in its order.
    configs = each(langs, "train_config")
    assert configs["r"] == configs["python"] and configs["octave"] == configs["python"], configs


def test_train_config_keeps_the_fields_given_everywhere(langs):
    configs = each(langs, "train_config", **EVERY_FEATURE)
    assert configs["r"] == configs["python"] and configs["octave"] == configs["python"], configs
    assert configs["python"] != langs["python"].call("train_config")
