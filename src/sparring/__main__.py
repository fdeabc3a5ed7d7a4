"""Allow ``python -m sparring``."""

from sparring.cli.main import run

if __name__ == "__main__":
    run()
