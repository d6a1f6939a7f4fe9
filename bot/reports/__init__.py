"""Rapport: reports."""
