"""`make bench-full`: chapter 5 on the full Fashion-MNIST (60,000 training and 10,000 test images, Debian's
dataset-fashion-mnist, installed by `make data-full`) in each language, one after another under nice:
seconds per epoch, peak memory (/usr/bin/time -v) and test accuracy; the three must print the same lines.
Writes build/bench/full_size.json and prints README's table.

Seconds per epoch: (the run of EPOCHS epochs - the run of 1 epoch) / (EPOCHS - 1), which leaves out
loading, predicting and plotting; in CPU seconds (user + system), which a machine shared with other work
changes less than the wall-clock seconds, given too. Usage: full_size.py [EPOCHS] (default 10, chapter 5's
default); full_size.py EPOCHS LANGUAGE... measures those languages again and keeps the others' results
from build/bench/full_size.json."""
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FASHION = "/usr/share/datasets/fashion-mnist"
COMMANDS = {
    "python": [os.path.join(REPO, ".venv", "bin", "python"), "python/scripts/ch5_mnist.py"],
    "r": ["Rscript", "r/scripts/ch5_mnist.R"],
    "octave": ["octave-cli", "-H", "--no-window-system", "octave/scripts/ch5_mnist.m"],
}


def run(lang, epochs, out):
    """One run under /usr/bin/time -v: (printed lines, wall seconds, CPU seconds, peak resident memory in MB)."""
    *program, script = COMMANDS[lang]
    command = ["/usr/bin/time", "-v", "nice", *program, os.path.join(REPO, script),
               "--data", os.path.join(FASHION, "train-images-idx3-ubyte.gz"),
               "--test-data", os.path.join(FASHION, "t10k-images-idx3-ubyte.gz"),
               "--iterations", str(epochs), "--out", out]
    # One BLAS thread: a waiting OpenBLAS thread spins, which on a shared machine counted as most of numpy's CPU
    # time (27 CPU seconds an epoch against R's 4 with the default threads).
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SystemExit(f"bench-full: {lang} failed:\n{result.stderr}")
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    seconds = sum(float(part) * 60 ** k for k, part in enumerate(reversed(clock.split(":"))))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", result.stderr).group(1)) for kind in ("User", "System"))
    memory = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    return result.stdout, seconds, cpu, memory


def main():
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    langs = sys.argv[2:] or list(COMMANDS)
    if not os.path.isdir(FASHION):
        raise SystemExit(f"bench-full: no {FASHION}: run make data-full first")
    out = os.path.join(REPO, "build", "bench")
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, "full_size.json")
    results = {}
    if langs != list(COMMANDS):
        with open(path) as f:
            results = {lang: value for lang, value in json.load(f).items() if lang in COMMANDS}
    for lang in langs:
        print(f"bench-full: {lang} ...", flush=True)
        _, one, one_cpu, _ = run(lang, 1, out)
        lines, seconds, cpu, memory = run(lang, epochs, out)
        accuracy = float(re.search(r"test accuracy: (\S+)", lines).group(1))
        results[lang] = {"epochs": epochs, "seconds": seconds, "cpu_seconds": cpu, "one_epoch_run_seconds": one,
                         "one_epoch_run_cpu_seconds": one_cpu, "seconds_per_epoch": (seconds - one) / (epochs - 1),
                         "cpu_seconds_per_epoch": (cpu - one_cpu) / (epochs - 1), "peak_memory_mb": memory,
                         "test_accuracy": accuracy, "lines": lines}
        print(json.dumps({k: v for k, v in results[lang].items() if k != "lines"}), flush=True)
    results["same_lines"] = all(results[lang]["lines"] == results["python"]["lines"] for lang in COMMANDS)
    with open(path, "w") as f:
        json.dump(results, f, indent=1)
    print(f"| chapter 5, 60,000 Fashion-MNIST images, {epochs} epochs | Python | R | Octave |")
    print("|---|---|---|---|")
    for key, label, form in (("cpu_seconds_per_epoch", "CPU seconds per epoch", "{:.1f}"),
                             ("seconds_per_epoch", "wall seconds per epoch", "{:.1f}"),
                             ("seconds", "whole run, wall (s)", "{:.0f}"),
                             ("peak_memory_mb", "peak memory (MB)", "{:.0f}"),
                             ("test_accuracy", "test accuracy", "{:.4f}")):
        print(f"| {label} | " + " | ".join(form.format(results[lang][key]) for lang in COMMANDS) + " |")
    print(f"the three languages print the same lines: {'yes' if results['same_lines'] else 'NO'}")
    if not results["same_lines"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
