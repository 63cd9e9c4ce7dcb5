"""Stage 5: resolving mentions to actors (within an article) and amounts to USD."""
