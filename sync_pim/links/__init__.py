"""The link checker: finds the links in published content, checks them, reports the broken ones.

``extract`` reads a page's fields (every language) and lists its links; ``check`` asks a
web server about one external link; ``services`` keeps ``CheckedLink`` and
``LinkOccurrence`` in step with the content and runs the checks within each host's
request budget; ``internal`` judges links to portal pages and documents without a
request; ``signals`` refreshes a page's links as soon as it is published, unpublished
or deleted.
"""
