"""The entry point of the standalone app that pyside6-deploy (Nuitka) builds.

It runs the same command line as the ``journeydesigner`` script: no arguments
or map files open the designer, sub-commands (``validate``, ``export``,
``install-desktop`` …) run without a window.
"""

from journeydesigner.cli import entry_point

if __name__ == "__main__":
    entry_point()
