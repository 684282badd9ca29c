"""Benchmark harness for cleanarticle: metric, extraction, text and splice benchmarks."""
