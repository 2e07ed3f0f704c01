"""StreamField blocks of the site shell, from the smallest to the largest.

Public templates live in ``templates/portal/blocks/``; none of them carries inline
script or style, so the strict Content-Security-Policy of public pages holds.
"""

from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        help_text=_("Heading 1 is the page title; start sections at heading 2."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "portal/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    """A highlighted notice (Bootstrap Italia "callout")."""

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("note", _("Information")),
            ("success", _("Good to know")),
            ("warning", _("Important")),
            ("danger", _("Warning")),
        ],
        default="note",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "portal/blocks/callout.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "portal/blocks/document_link.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"]
    )


class AccordionBlock(blocks.StructBlock):
    """Questions and answers, built on <details> so they open without JavaScript."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "portal/blocks/accordion.html"


def video_embed_url(url: str) -> str:
    """Return the privacy-friendly player URL for a YouTube or Vimeo link.

    Raises ``ValidationError`` for any other host, so that only the origins allowed
    by the Content-Security-Policy (``PORTAL_VIDEO_EMBED_ORIGINS``) can be embedded.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if parts.path == "/watch":
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/")):
            video_id = parts.path.split("/")[2]
        if video_id.replace("-", "").replace("_", "").isalnum():
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "youtu.be":
        video_id = parts.path.lstrip("/")
        if video_id.replace("-", "").replace("_", "").isalnum():
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host in {"vimeo.com", "player.vimeo.com"}:
        video_id = parts.path.rstrip("/").rsplit("/", 1)[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    raise ValidationError(
        _("Enter the address of a YouTube or Vimeo video, e.g. https://www.youtube.com/watch?v=…")
    )


class ExternalVideoBlock(blocks.StructBlock):
    """A third-party video that is not requested until the reader asks for it.

    Until the click, no request reaches YouTube or Vimeo, so no third-party cookie
    can be set before consent.
    """

    url = blocks.URLBlock(label=_("Video address (YouTube or Vimeo)"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("Transcript or description"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Helps people who cannot watch or hear the video."),
    )

    class Meta:
        icon = "media"
        label = _("External video")
        template = "portal/blocks/external_video.html"

    def clean(self, value):
        value = super().clean(value)
        try:
            video_embed_url(value["url"])
        except ValidationError as error:
            raise blocks.StructBlockValidationError(block_errors={"url": error}) from error
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed_url"] = video_embed_url(value["url"])
        context["provider"] = "Vimeo" if "vimeo" in context["embed_url"] else "YouTube"
        return context


class BodyBlock(blocks.StreamBlock):
    """The body of generic pages."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"],
        template="portal/blocks/paragraph.html",
    )
    heading = HeadingBlock()
    callout = CalloutBlock()
    image = ImageBlock(label=_("Image"), template="portal/blocks/image.html")
    document = DocumentLinkBlock()
    accordion = AccordionBlock()
    video = ExternalVideoBlock()
