"""A pasted image's link before its conversion ends (decision 0144).

``reserve`` claims the converted file's name at once (a second paste, or another program,
cannot take it), writes the pasted bytes into it, and gives the link to insert; ``complete``
converts on a worker thread and replaces the file atomically. Until then the linked file is
the untouched original under the new name (decision 0192): a post saved, committed or served
meanwhile links a whole picture, never an empty file, and a crash loses nothing. When the
conversion fails after all (a truncated JPEG whose header read fine), the claimed file is
removed and the original is placed under its own name: the completed placement then differs
from the reserved one, and the caller fixes the link. Nothing is lost either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from postpad.core.atomic import write_atomic
from postpad.core.images.process import ProcessOptions, process_image
from postpad.core.site.images import ImagePlacement, place_image, plan_image
from postpad.core.site.model import Site

_RESERVE_TRIES = 20


@dataclass(frozen=True)
class Reservation:
    site: Site | None
    post: Path
    name: str  # the pasted file's name, "IMG_0001.jpg"
    data: bytes  # its bytes, untouched
    placement: ImagePlacement  # the converted file's (empty until completed) and its link


@dataclass(frozen=True)
class Completed:
    reservation: Reservation
    placement: ImagePlacement  # where the bytes went: the reserved file or the original's

    @property
    def converted(self) -> bool:
        return self.placement == self.reservation.placement


def reserve(site: Site | None, post: Path, name: str, data: bytes, suffix: str) -> Reservation:
    """Claim the name ``name`` gets once converted to ``suffix`` ("webp"), holding ``data``
    until ``complete`` replaces it, and give its link."""
    planned = f"{Path(name).stem}.{suffix}"
    for _ in range(_RESERVE_TRIES):
        placement = plan_image(site, post, planned)
        placement.target.parent.mkdir(parents=True, exist_ok=True)
        try:
            claimed = placement.target.open("xb")
        except FileExistsError:
            continue  # taken between the look and the claim: look again
        try:
            with claimed:
                claimed.write(data)
        except OSError:
            placement.target.unlink(missing_ok=True)  # no partial file left (disk full...)
            raise
        return Reservation(site, post, name, data, placement)
    raise FileExistsError(planned)


def complete(reservation: Reservation, options: ProcessOptions) -> Completed:
    """Convert and replace the reserved file's content; when the image cannot be converted,
    place the original under its own name instead, then remove the reserved file. A write
    error (disk full) raises and leaves the reserved file as it was: whole, with the
    original's bytes, still linked."""
    target = reservation.placement.target
    result = process_image(reservation.data, Path(reservation.name).suffix, options)
    if result.changed and target.suffix == f".{result.suffix}":
        write_atomic(target, result.data, fsync=False)
        return Completed(reservation, reservation.placement)
    if target.suffix.lower() == Path(reservation.name).suffix.lower():
        return Completed(reservation, reservation.placement)  # it holds the original already
    original = place_image(
        reservation.site, reservation.post, name=reservation.name, data=reservation.data
    )
    target.unlink(missing_ok=True)  # only once the original is safe under its own name
    return Completed(reservation, original)
