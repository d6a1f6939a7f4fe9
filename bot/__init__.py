"""Rapport: bot."""
