"""Tooling of the book beside the models: course material from the chapters (``coursework``)."""
