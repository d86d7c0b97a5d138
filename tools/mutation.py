"""make mutation: plant each bug of tables/mutants.json, alone, in a scratch copy and see which suites catch it.

usage: python3 tools/mutation.py [--full] [--only ID ...] [--language LANGUAGE] [--keep]

Each mutant is applied to a fresh scratch copy of the tracked files (git ls-files, as they are in the
work tree), never to the checkout. An R mutant's package is rebuilt from the mutated source into the
copy's build/rlib; Python and Octave mutants share one package built from the unmutated copy. Python
imports the copy (PYTHONPATH ahead of the editable install; checked through dlfp.__file__). Then, at
the same time, the language's native tests and the parity tests run in the copy:

- by default those of the mutant's concept: python/tests/test_<concept>.py,
  r/tests/testthat/test-<concept>.R or the %!test blocks of octave/<concept>/, and the concept's
  parity_tests in tables/concepts.json. A run of all 39 mutants took 31 minutes on two busy cores;
- with --full the whole native suite and the whole parity suite (several times as long).

A suite kills a mutant when one of its tests fails (or it runs past TIMEOUT seconds). One line per
mutant: killed by both, by native or parity only, or SURVIVED, with the first failing tests; then the
scores per language and suite. Exits 1 if any mutant survived either suite, 2 if a mutant could not
be run (its text not found once, the package not built, or a suite that neither passed nor failed).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ("python", "r", "octave")
TIMEOUT = 1800


def load_mutants(repo=REPO):
    with open(os.path.join(repo, "tables", "mutants.json")) as f:
        return json.load(f)["mutants"]


def concept_parity_tests(repo=REPO):
    with open(os.path.join(repo, "tables", "concepts.json")) as f:
        return {c["key"]: c["parity_tests"] for c in json.load(f)["concepts"]}


def stale_mutants(mutants, repo=REPO):
    """The mutants whose text does not occur exactly once in their file, with the count."""
    stale = []
    for mutant in mutants:
        with open(os.path.join(repo, mutant["file"])) as f:
            count = f.read().count(mutant["find"])
        if count != 1:
            stale.append((mutant["id"], count))
    return stale


def apply(mutant, root):
    path = os.path.join(root, mutant["file"])
    with open(path) as f:
        text = f.read()
    if text.count(mutant["find"]) != 1:
        raise RuntimeError(f"{mutant['id']}: its text does not occur exactly once in {mutant['file']}")
    with open(path, "w") as f:
        f.write(text.replace(mutant["find"], mutant["replace"]))


def copy_tracked(destination):
    files = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout.split("\0")
    for name in filter(None, files):
        source = os.path.join(REPO, name)
        if not os.path.isfile(source):
            continue  # deleted in the work tree
        target = os.path.join(destination, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(source, target)
    # The parity suite runs the Python scripts with <repo>/.venv/bin/python.
    os.symlink(os.path.join(REPO, ".venv"), os.path.join(destination, ".venv"))


def install_r(root):
    rlib = os.path.join(root, "build", "rlib")
    shutil.rmtree(rlib, ignore_errors=True)
    os.makedirs(rlib)
    # As make setup does: the package (DESCRIPTION's version, inst/'s tables and data) is built from r/ first.
    for command in ([sys.executable, "tools/packages.py", "r", "build/pkg/r"],
                    ["R", "CMD", "INSTALL", "--no-test-load", "-l", rlib, "build/pkg/r/dlfp"]):
        run = subprocess.run(command, cwd=root, capture_output=True, text=True)
        if run.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:3])} failed in {root}:\n{run.stdout[-2000:]}{run.stderr[-2000:]}")


def environment(root):
    return dict(os.environ, PYTHONPATH=os.path.join(root, "python"), PYTHONDONTWRITEBYTECODE="1")


def check_python_imports(root):
    """dlfp must come from the copy, not from the checkout's editable install."""
    python = os.path.join(REPO, ".venv", "bin", "python")
    found = subprocess.run([python, "-c", "import dlfp; print(dlfp.__file__)"], cwd=root, env=environment(root),
                           capture_output=True, text=True, check=True).stdout.strip()
    if os.path.realpath(found) != os.path.realpath(os.path.join(root, "python", "dlfp", "__init__.py")):
        raise RuntimeError(f"dlfp imports from {found}, not from the scratch copy {root}")


def native_command(language, concept, full):
    python = os.path.join(REPO, ".venv", "bin", "python")
    if language == "python":
        return [python, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"] + (
            ["python/tests"] if full else [f"python/tests/test_{concept}.py"])
    if language == "r":
        pattern = "NULL" if full else f'"^{concept}$"'
        return ["Rscript", "-e", '.libPaths(c("build/rlib", .libPaths())); testthat::test_dir("r/tests/testthat", '
                f'filter = {pattern}, package = "dlfp", load_package = "installed", stop_on_failure = TRUE)']
    command = ["octave-cli", "-H", "--no-window-system", "octave/run_tests.m"]
    return command if full else command + [concept]


def parity_command(concept, full, parity_tests):
    python = os.path.join(REPO, ".venv", "bin", "python")
    command = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    if full:
        return command + ["-n", "2", "parity_tests"]
    return command + ["-x"] + [f"parity_tests/{test}" for test in parity_tests[concept]]


def failures(output, root):
    """The names of the failing tests in a suite's output (pytest, testthat or octave/run_tests.m)."""
    output = output.replace(root + os.sep, "")
    names = re.findall(r"^(?:FAILED|ERROR) (\S+::\S+)", output, re.M)
    names += [f"{where} {name}" for where, name in
              re.findall(r"^(?:── )?(?:Failure|Error) \(['‘]?([^)']*)['’]?\): (.*?)(?: ─.*)?$", output, re.M)]
    names += re.findall(r"^FAILED (\S+\.m: .*)$", output, re.M)
    return names


def run_suites(root, commands):
    """Run the commands at once in root; for each, (killed, failing test names, output)."""
    env = environment(root)
    started = {name: subprocess.Popen(["nice", "-n", "19"] + command, cwd=root, env=env, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, text=True)
               for name, command in commands.items()}
    results = {}
    for name, process in started.items():
        try:
            output, _ = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            output = process.communicate()[0] + f"\n(timed out after {TIMEOUT} s)"
            results[name] = (True, ["timeout"], output)
            continue
        # pytest: 1 means tests failed; 2-5 mean it could not run them (interrupted, usage, none collected).
        if "pytest" in commands[name] and process.returncode not in (0, 1):
            raise RuntimeError(f"{name} could not run ({process.returncode}):\n{output[-3000:]}")
        results[name] = (process.returncode != 0, failures(output, root), output)
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="run whole suites, not the concept's tests")
    parser.add_argument("--only", nargs="+", metavar="ID", help="run only these mutants")
    parser.add_argument("--language", choices=LANGUAGES, help="run only this language's mutants")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copies (printed) for a look")
    options = parser.parse_args(argv)

    mutants = load_mutants()
    stale = stale_mutants(mutants)
    if stale:
        for id_, count in stale:
            print(f"mutation: {id_}: its text occurs {count} times in its file, not once")
        return 2
    if options.only:
        unknown = set(options.only) - {m["id"] for m in mutants}
        if unknown:
            print(f"mutation: no mutant {', '.join(sorted(unknown))} in tables/mutants.json")
            return 2
        mutants = [m for m in mutants if m["id"] in options.only]
    if options.language:
        mutants = [m for m in mutants if m["language"] == options.language]
    parity_tests = concept_parity_tests()

    scratch = tempfile.mkdtemp(prefix="dlfp-mutation-")
    base = os.path.join(scratch, "base")
    began = time.monotonic()
    tests = "whole suites" if options.full else "the concepts' tests"
    print(f"mutation: {len(mutants)} mutants, {tests}, "
          f"scratch copies in {scratch}", flush=True)
    copy_tracked(base)
    install_r(base)

    scores = {(language, suite): [0, 0] for language in LANGUAGES for suite in ("native", "parity")}
    survived = errors = 0
    for mutant in mutants:
        root = os.path.join(scratch, mutant["id"])
        shutil.copytree(base, root, symlinks=True)
        started = time.monotonic()
        try:
            apply(mutant, root)
            if mutant["language"] == "r":
                install_r(root)
            check_python_imports(root)
            results = run_suites(root, {
                "native": native_command(mutant["language"], mutant["concept"], options.full),
                "parity": parity_command(mutant["concept"], options.full, parity_tests)})
        except RuntimeError as error:
            errors += 1
            print(f"ERROR     {mutant['id']}: {error}", flush=True)
            continue
        for suite, (killed, _, _) in results.items():
            scores[(mutant["language"], suite)][0] += killed
            scores[(mutant["language"], suite)][1] += 1
        killed = [suite for suite in ("native", "parity") if results[suite][0]]
        verdict = {2: "both", 1: killed[0] if killed else "", 0: "SURVIVED"}[len(killed)]
        if len(killed) < 2:
            survived += 1
        verdict = verdict if verdict == "SURVIVED" else f"killed by {verdict}"
        if len(killed) == 1:
            verdict += f" (SURVIVED {'parity' if killed == ['native'] else 'native'})"
        detail = "; ".join(f"{suite}: {', '.join(results[suite][1][:2]) or 'failed'}" for suite in killed)
        print(f"{verdict:<38} {mutant['id']:<36} {time.monotonic() - started:4.0f} s  {detail}", flush=True)
        if not options.keep:
            shutil.rmtree(root)

    print("scores (mutants killed / run):")
    for language in LANGUAGES:
        native, parity = scores[(language, "native")], scores[(language, "parity")]
        if native[1]:
            print(f"  {language:<7} native {native[0]}/{native[1]}, parity {parity[0]}/{parity[1]}")
    print(f"mutation: {len(mutants) - survived - errors} of {len(mutants)} mutants killed by both suites, "
          f"{survived} survived one or both, {errors} could not run; {(time.monotonic() - began) / 60:.0f} min")
    if not options.keep:
        shutil.rmtree(scratch)
    return 2 if errors else 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
