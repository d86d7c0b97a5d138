"""dlfp: Deep Learning from first principles, the Python version.

Every public function and class of the concept modules is a name of the package too
(dlfp.train is dlfp.training.train): __all__ is read from the modules themselves, so a new
public function needs no second list. Constants stay in their modules (dlfp.data.MNIST_PIXELS)."""
import importlib
import inspect
import os
import pkgutil

with open(os.path.join(os.path.dirname(__file__), "VERSION")) as _file:
    __version__ = _file.read().strip()


def _public(module):
    """The functions and classes that module defines (not imports) whose names do not start with _."""
    return [name for name, value in vars(module).items()
            if not name.startswith("_") and (inspect.isfunction(value) or inspect.isclass(value))
            and value.__module__ == module.__name__]


__all__ = []
for _info in pkgutil.iter_modules(__path__):
    if not _info.name.startswith("_"):
        _module = importlib.import_module(f"{__name__}.{_info.name}")
        for _name in _public(_module):
            globals()[_name] = getattr(_module, _name)
            __all__.append(_name)
