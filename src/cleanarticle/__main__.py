"""``python -m cleanarticle``: the same command as the installed ``cleanarticle``."""

from cleanarticle.cli import main

if __name__ == "__main__":
    main()
