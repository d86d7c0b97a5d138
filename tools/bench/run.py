"""`make bench`: the three languages timed side by side in one run; writes build/bench/results.json.

Timings are medians of repeated runs on this machine; compare the ratios, not the seconds."""
import json
import os
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REPETITIONS = "3"
KEYS = ("mnist_epoch_seconds", "mnist_minibatch_epoch_seconds", "spiral_train_seconds", "spiral_epoch_seconds",
        "spiral_dropout_l2_epoch_seconds")
COMMANDS = {
    "python": [sys.executable, "tools/bench/bench.py"],
    "r": ["Rscript", "tools/bench/bench.R"],
    "octave": ["octave-cli", "-H", "tools/bench/bench.m"],
}


def measure(lang, blas_threads="1"):
    """One language's timings with OPENBLAS_NUM_THREADS=blas_threads (None: the BLAS's own choice, all cores)."""
    print(f"bench: {lang}, BLAS threads {blas_threads or 'default'} ...", flush=True)
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if blas_threads:
        env["OPENBLAS_NUM_THREADS"] = blas_threads
    out = subprocess.run(COMMANDS[lang] + [REPO, REPETITIONS], cwd=REPO, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise SystemExit(f"bench: {lang} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    # Each language with one BLAS thread (as make runs it) and, right after, with the BLAS's default threads.
    per_lang, threaded = {}, {}
    for lang in COMMANDS:
        per_lang[lang] = measure(lang)
        threaded[lang] = measure(lang, None)
    print("bench: parity suite ...", flush=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-n", "auto", "parity_tests"], cwd=REPO, check=True,
                   capture_output=True)
    results = {key: {lang: per_lang[lang][key] for lang in COMMANDS}
               for key in KEYS}
    # Each language's epoch with dropout and L2 over the same epoch without, timed in pairs.
    results["dropout_l2_ratio"] = {lang: per_lang[lang]["dropout_l2_ratio"] for lang in COMMANDS}
    results["parity_suite_seconds"] = time.perf_counter() - start
    results["blas"] = {lang: per_lang[lang]["blas"] for lang in COMMANDS}
    results["ch6_python_threads"] = {key: per_lang["python"][key] for key in
                                     ("ch6_one_thread_seconds", "ch6_default_threads_seconds", "ch6_default_over_one_thread")}
    results["blas_default_threads"] = {lang: threaded[lang]["blas"] for lang in COMMANDS}
    # Default BLAS threads over one thread: above 1, the threads cost time.
    results["default_threads_over_one"] = {key: {lang: threaded[lang][key] / per_lang[lang][key] for lang in COMMANDS}
                                           for key in KEYS}
    os.makedirs(os.path.join(REPO, "build", "bench"), exist_ok=True)
    with open(os.path.join(REPO, "build", "bench", "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    print(f"\n{'':32s}{'python':>10s}{'r':>10s}{'octave':>10s}{'r/python':>10s}{'octave/python':>15s}")
    for key in KEYS:
        row = results[key]
        print(f"{key:32s}{row['python']:10.4f}{row['r']:10.4f}{row['octave']:10.4f}"
              f"{row['r'] / row['python']:10.2f}{row['octave'] / row['python']:15.2f}")
    print("spiral epoch with dropout and L2 / without: "
          + ", ".join(f"{lang} {ratio:.2f}" for lang, ratio in results["dropout_l2_ratio"].items()))
    print(f"parity suite seconds: {results['parity_suite_seconds']:.1f}")
    print(f"\n{'default BLAS threads / one thread':32s}{'python':>10s}{'r':>10s}{'octave':>10s}")
    for key, row in results["default_threads_over_one"].items():
        print(f"{key:32s}{row['python']:10.2f}{row['r']:10.2f}{row['octave']:10.2f}")
    threads = results["ch6_python_threads"]
    print(f"chapter 6's network, 100 iterations, numpy's default threads / one, alternating in one process: "
          f"{threads['ch6_default_over_one_thread']:.2f} ({threads['ch6_default_threads_seconds']:.3f} s / "
          f"{threads['ch6_one_thread_seconds']:.3f} s)")
    for lang, blas in results["blas"].items():
        print(f"blas {lang}: {blas}; by default: {results['blas_default_threads'][lang]}")
    print("wrote build/bench/results.json")


if __name__ == "__main__":
    main()
