"""What goes into a kit's "download the kit" ZIP, and the content hash that names it.

``kit_archive_plan`` lists the members of the archive of a kit in one language: in a
folder named after the kit and the language, a README in that language, the video, its
captions and the audio narration in that language (the Italian ones where the language
has none), the leaflet, the transcript and the infographics (each in its variant for the
language). The hash is taken over the members' names and what stands for their content:
a stored file's name and size (a new upload gets a new name), the leaflet's own content
hash (``media_kits.leaflet``), the README's and the transcript's text. Nothing is read
from the files themselves, so a reader's request can afford to plan.
"""

import hashlib
import posixpath
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from wagtail.images import get_image_model

from media_kits.leaflet import kit_leaflet_hash, kit_page_url, leaflet_available
from media_kits.models import MediaKitPage
from portal.languages import language_codes, localised

README_TEMPLATE = "media_kits/archive_readme.txt"
HASH_LENGTH = 20
#: Changes when the layout of the archive changes, so that every archive is rebuilt.
LAYOUT_VERSION = "1"


@dataclass(frozen=True)
class ArchiveMember:
    """One file of the archive: a stored file, the leaflet, or a text made here."""

    #: Path inside the ZIP, folder included.
    name: str
    #: What the content hash reads for this member (stored name and size, leaflet hash…).
    fingerprint: str
    #: A file in the default storage…
    storage_name: str = ""
    #: …or text written into the archive (the README, the transcript)…
    text: str = ""
    #: …or the kit's leaflet in this language.
    leaflet: bool = False
    size: int = 0


@dataclass(frozen=True)
class ArchivePlan:
    kit_id: int
    language: str
    folder: str
    members: list[ArchiveMember]
    content_hash: str
    #: Which parts are shown in Italian because the language lacks them (for the README).
    in_italian: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [member.name for member in self.members]


# --- The plan ------------------------------------------------------------------------------


def _language_or_error(language: str) -> str:
    if language not in language_codes():
        raise ValueError(
            f"Unknown language {language!r}: a kit archive is made in one of "
            f"{', '.join(language_codes())}."
        )
    return language


def _stored(name: str, storage_name: str) -> ArchiveMember:
    """A member read from the default storage; its name and size stand for its content."""
    try:
        size = default_storage.size(storage_name)
    except OSError as error:
        raise FileNotFoundError(
            f"The kit's file {storage_name!r} is missing from the storage: upload it again."
        ) from error
    return ArchiveMember(
        name=name, fingerprint=f"{storage_name}:{size}", storage_name=storage_name, size=size
    )


def _extension(storage_name: str) -> str:
    return posixpath.splitext(storage_name)[1].lower()


def _infographics(
    kit: MediaKitPage, language: str, folder: str
) -> tuple[list[ArchiveMember], bool]:
    """The infographics' members, in the editor's order, and whether one is in Italian."""
    rows = list(kit.infographics.all())
    chosen = [(row, *row.image_id_in(language)) for row in rows]
    images = get_image_model().objects.in_bulk(
        {image_id for _row, image_id, _code in chosen if image_id}
    )
    members, italian = [], False
    for number, (row, image_id, code) in enumerate(chosen, start=1):
        image = images.get(image_id)
        if image is None:
            continue
        # Named after the Italian title: plain ASCII names open everywhere (old phones and
        # Windows' own ZIP folder garble others); the suffix says the picture's language.
        title = getattr(row, "title_it", "") or row.title or ""
        stem = slugify(title, allow_unicode=False)[:50].strip("-") or "infographic"
        name = f"{folder}/infographics/{number:02d}-{stem}-{code}{_extension(image.file.name)}"
        members.append(_stored(name, image.file.name))
        italian = italian or (code != language)
    return members, italian


def _readme(kit: MediaKitPage, language: str, members: list[str], in_italian: list[str]) -> str:
    """The README in ``language``, with Windows line ends (it is opened with Notepad too)."""
    names = dict(settings.LANGUAGES)
    with translation.override(language):
        text = render_to_string(
            README_TEMPLATE,
            {
                "title": localised(kit, "title").value,
                "intro": localised(kit, "intro").value,
                "members": members,
                "in_italian": in_italian,
                "language_name": str(names[language]),
                "page_url": kit_page_url(kit, language),
                "online_video_only": not kit.video_id and bool(kit.external_video),
            },
        )
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return "\r\n".join(lines) + "\r\n"


def kit_archive_plan(*, kit: MediaKitPage, language: str) -> ArchivePlan:
    """What the kit's archive in ``language`` holds, and the hash of all of it."""
    language = _language_or_error(language)
    folder = f"{kit.slug_it or kit.slug}-{language}"
    members: list[ArchiveMember] = []
    in_italian: list[str] = []

    if kit.video_id:
        video = kit.video
        members.append(_stored(f"{folder}/video{_extension(video.file.name)}", video.file.name))
        caption, code = kit.caption_in(language)
        if caption is not None:
            members.append(_stored(f"{folder}/captions-{code}.vtt", caption.file.name))
            if code != language:
                in_italian.append("captions")
    audio, code = kit.audio_in(language)
    if audio is not None:
        name = f"{folder}/audio-{code}{_extension(audio.media.file.name)}"
        members.append(_stored(name, audio.media.file.name))
        if code != language:
            in_italian.append("audio")
    if leaflet_available():
        leaflet_hash = kit_leaflet_hash(kit=kit, language=language)
        members.append(
            ArchiveMember(
                name=f"{folder}/leaflet-{language}.pdf", fingerprint=leaflet_hash, leaflet=True
            )
        )
    with translation.override(language):
        transcript = localised(kit, "transcript")
    if (transcript.value or "").strip():
        text = "\r\n".join(transcript.value.strip().splitlines()) + "\r\n"
        members.append(
            ArchiveMember(
                name=f"{folder}/transcript-{transcript.language}.txt",
                fingerprint=hashlib.sha256(text.encode()).hexdigest(),
                text=text,
            )
        )
        if transcript.language != language:
            in_italian.append("transcript")
    pictures, pictures_in_italian = _infographics(kit, language, folder)
    members.extend(pictures)
    if pictures_in_italian:
        in_italian.append("infographics")

    readme = _readme(
        kit, language, [member.name.split("/", 1)[1] for member in members], in_italian
    )
    members.insert(
        0,
        ArchiveMember(
            name=f"{folder}/README.txt",
            fingerprint=hashlib.sha256(readme.encode()).hexdigest(),
            text=readme,
        ),
    )
    digest = hashlib.sha256(f"layout {LAYOUT_VERSION}\n".encode())
    for member in members:
        digest.update(f"{member.name}\t{member.fingerprint}\n".encode())
    return ArchivePlan(
        kit_id=kit.pk,
        language=language,
        folder=folder,
        members=members,
        content_hash=digest.hexdigest()[:HASH_LENGTH],
        in_italian=in_italian,
    )
