"""Pure export functions: JSON, Markdown, W3C Web Annotation, CSV."""
