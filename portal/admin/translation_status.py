"""Translation status in the page editor and the coverage report."""
