"""Delivery metrics: how something was said (pace, pauses, fillers, volume, pitch), from word timings and samples."""
