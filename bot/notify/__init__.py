"""Rapport: notify."""
