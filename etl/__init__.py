"""innovdb: regional sci-tech innovation facts from documents, loaded into PostgreSQL."""

__version__ = "0.1.0"
