"""Rapport: runtime."""
