"""`python -m tifa` runs the command line."""

from tifa.cli import main

main()
