"""StreamField blocks of the HUBs: a guide's steps, its questions and its legal references.

``StepBlock`` is shared: multimedia kits describe a procedure with the same steps.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from portal.blocks import QuestionBlock


class StepBlock(blocks.StructBlock):
    """One step of a procedure, as a desk operator would explain it."""

    title = blocks.CharBlock(
        label=_("What to do"),
        max_length=200,
        help_text=_("A short instruction, e.g. “Book an appointment at the Centro per l'impiego”."),
    )
    details = blocks.RichTextBlock(
        label=_("Details"),
        required=False,
        features=["bold", "italic", "link", "document-link", "ul", "ol"],
    )
    documents = blocks.ListBlock(
        blocks.CharBlock(max_length=250),
        label=_("Documents to bring"),
        required=False,
        default=[],
    )
    where = blocks.TextBlock(
        label=_("Where to go"),
        required=False,
        help_text=_("The office, its address and how to book."),
    )
    cost = blocks.CharBlock(
        label=_("Cost"),
        required=False,
        max_length=200,
        help_text=_("e.g. “Free” or “€ 16 revenue stamp”."),
    )
    duration = blocks.CharBlock(
        label=_("How long it takes"),
        required=False,
        max_length=200,
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "hubs/blocks/step.html"


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()

    class Meta:
        block_counts = {}


class FaqBlock(blocks.StreamBlock):
    question = QuestionBlock(label=_("Question"))


class LegalReferenceBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Reference"),
        max_length=300,
        help_text=_("e.g. “D.Lgs. 25 luglio 1998, n. 286, art. 5”."),
    )
    url = blocks.URLBlock(
        label=_("Link to the text"),
        required=False,
        help_text=_("Preferably Normattiva or the Gazzetta Ufficiale."),
    )
    note = blocks.CharBlock(
        label=_("What it says, in short"),
        required=False,
        max_length=300,
    )

    class Meta:
        icon = "doc-full"
        label = _("Legal reference")


class LegalReferencesBlock(blocks.StreamBlock):
    reference = LegalReferenceBlock()


class AttachmentsBlock(blocks.StreamBlock):
    """Downloads of a guide. A plurilingual document is chosen once, in any of its languages:
    the page offers every language of its translation group."""

    document = DocumentChooserBlock(label=_("Document"))
