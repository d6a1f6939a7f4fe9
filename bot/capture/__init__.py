"""Rapport: capture."""
