"""The admin form for documents: Wagtail's own, with the portal's upload checks on the file.

``WAGTAILDOCS_DOCUMENT_FORM_BASE`` points here, so the single add view, the edit
view, the chooser's upload tab and the multiple uploader all run these checks.
"""

from django.core.files.base import File
from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from hubs.uploads import validate_upload


class DocumentForm(BaseDocumentForm):
    """Refuses files whose content is not on the allow-list, before anything is stored."""

    def clean_file(self) -> File | None:
        file = self.cleaned_data.get("file")
        # Only a new upload is checked: an unchanged file was checked when it arrived.
        if isinstance(file, UploadedFile):
            validate_upload(file, name=file.name, size=file.size)
            file.seek(0)
        return file

    class Meta(BaseDocumentForm.Meta):
        pass
