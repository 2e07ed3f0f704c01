"""The admin form of wagtailmedia items, with the portal's upload checks.

``WAGTAILMEDIA["MEDIA_FORM_BASE"]`` points here, so the media library's add and edit
views and the chooser's upload tab all run these checks before anything is stored.
"""

from django.core.files.base import File
from django.core.files.uploadedfile import UploadedFile
from wagtailmedia.forms import BaseMediaForm

from media_kits.uploads import validate_media_upload, validate_thumbnail_upload


class MediaForm(BaseMediaForm):
    """Refuses media whose content is not playable video or audio; fills in the duration
    and the picture size that the file itself states, when the editor left them empty."""

    def clean_file(self) -> File | None:
        file = self.cleaned_data.get("file")
        # Only a new upload is checked: an unchanged file was checked when it arrived.
        if isinstance(file, UploadedFile):
            probe = validate_media_upload(
                file, name=file.name, size=file.size, media_type=self.instance.type
            )
            self._probe = probe
        return file

    def clean_thumbnail(self) -> File | None:
        thumbnail = self.cleaned_data.get("thumbnail")
        if isinstance(thumbnail, UploadedFile):
            validate_thumbnail_upload(thumbnail, name=thumbnail.name, size=thumbnail.size)
            thumbnail.seek(0)
        return thumbnail

    def clean(self) -> dict:
        cleaned = super().clean()
        probe = getattr(self, "_probe", None)
        if probe is not None:
            for name in ("duration", "width", "height"):
                if name in self.fields and not cleaned.get(name):
                    value = getattr(probe, name)
                    if value:
                        cleaned[name] = value
        return cleaned

    class Meta(BaseMediaForm.Meta):
        pass
