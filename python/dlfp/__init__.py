"""dlfp: Deep Learning from first principles, the Python version."""
