"""Rapport: people."""
