"""Right-to-left editing of the Arabic and Urdu fields in the page editor."""
