"""Editor forms of the HUBs' page types."""

from wagtail.models import Page

from portal.models.pages import BasePageForm


class GuidePageForm(BasePageForm):
    """The guide editor: only the topics of the guide's own HUB can be chosen."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "topic" not in self.fields:
            return
        hub = _hub_of(self.instance, getattr(self, "parent_page", None))
        topics = self.fields["topic"].queryset
        self.fields["topic"].queryset = (
            topics.filter(page=hub) if hub is not None else topics.none()
        )


def _hub_of(guide: Page, parent: Page | None) -> Page | None:
    from hubs.models import HubPage

    if guide.pk:
        return HubPage.objects.filter(pk=guide.get_parent().pk).first()
    return HubPage.objects.filter(pk=parent.pk).first() if parent is not None else None
