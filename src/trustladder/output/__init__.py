"""Formatters: pure functions from results to text."""
