"""The harness refuses a stale R package: R sources changed since build/rlib was installed."""
import os

from bridge import newer_r_sources


def test_sources_newer_than_the_installed_package_are_named(tmp_path):
    for name in ("r/DESCRIPTION", "r/NAMESPACE", "r/R/cost.R", "r/R/forward.R", "r/R/notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
        os.utime(tmp_path / name, (1000, 1000))
    assert newer_r_sources(str(tmp_path)) == ["r/DESCRIPTION", "r/NAMESPACE", "r/R/cost.R", "r/R/forward.R"]
    installed = tmp_path / "build" / "rlib" / "dlfp" / "DESCRIPTION"
    installed.parent.mkdir(parents=True)
    installed.write_text("")
    os.utime(installed, (2000, 2000))
    assert newer_r_sources(str(tmp_path)) == []
    os.utime(tmp_path / "r/R/forward.R", (3000, 3000))
    assert newer_r_sources(str(tmp_path)) == ["r/R/forward.R"]
