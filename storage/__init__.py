"""Rapport: storage."""
