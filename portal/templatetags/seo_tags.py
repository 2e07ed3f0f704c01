"""``{% seo_head as seo %}``: the data of ``templates/portal/includes/seo_head.html``."""

from django import template

from portal.seo import SeoHead, seo_head

register = template.Library()


@register.simple_tag(name="seo_head", takes_context=True)
def seo_head_tag(context: template.Context) -> SeoHead | None:
    request = context.get("request")
    # Rendered outside a request (a server error, an e-mail), or for an error Django
    # answers (404, 403: it puts the exception in the context): nothing to announce.
    if request is None or "exception" in context:
        return None
    return seo_head(request=request, page=context.get("page"))
