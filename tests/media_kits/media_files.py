"""Real, tiny media files made with PyAV for the upload tests (nothing is downloaded)."""

import io
import math
import struct

import av

from media_kits.demo.media import narration_ogg, video_webm


def webm_video() -> bytes:
    return video_webm(scenes=["Uno", "Due"], colour=(0, 102, 204))


def ogg_audio() -> bytes:
    return narration_ogg(scene_count=1)


def mp3_audio(seconds: float = 1.0) -> bytes:
    """A second of a quiet tone as MP3 (libmp3lame ships in PyAV's wheel)."""
    buffer = io.BytesIO()
    rate = 44_100
    with av.open(buffer, "w", format="mp3") as container:
        stream = container.add_stream("libmp3lame", rate=rate)
        stream.layout = "mono"
        samples = int(rate * seconds)
        step = 1152
        for start in range(0, samples, step):
            count = min(step, samples - start)
            data = b"".join(
                struct.pack("<h", int(3000 * math.sin(2 * math.pi * 440 * (i / rate))))
                for i in range(start, start + count)
            )
            frame = av.AudioFrame(format="s16", layout="mono", samples=count)
            frame.planes[0].update(data)
            frame.sample_rate = rate
            frame.pts = start
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buffer.getvalue()


def mp4_video() -> bytes:
    """Two seconds of H.264 in MP4."""
    from PIL import Image

    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=5)
        stream.width, stream.height = 160, 96
        stream.pix_fmt = "yuv420p"
        for number in range(10):
            image = Image.new("RGB", (160, 96), (number * 20, 80, 160))
            for packet in stream.encode(av.VideoFrame.from_image(image)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buffer.getvalue()
