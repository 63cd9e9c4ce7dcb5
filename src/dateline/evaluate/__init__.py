"""Evaluation: the gold scorer and readers for public benchmark formats."""
