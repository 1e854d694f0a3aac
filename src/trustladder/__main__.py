"""``python -m trustladder``."""

from trustladder.cli import main

main()
