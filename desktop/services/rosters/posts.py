"""Posts (intake desk, warehouse, distribution, shelter night, outreach...) and what they require."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models.rosters import Post, PostRequirement, Qualification
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class PostInfo:
    id: int
    name: str
    description: str
    active: bool
    requirement_ids: tuple[int, ...]
    requirement_names: tuple[str, ...]


def _validate(uow: UnitOfWork, name: str, post_id: int | None, requirement_ids: list[int]) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(translate("rosters", "Enter the name of the post."), field="name")
    other = uow.session.scalar(select(Post.id).where(func.lower(Post.name) == name.lower()))
    if other is not None and other != post_id:
        raise ValidationError(translate("rosters", "There is already a post with that name."), field="name")
    for qid in requirement_ids:
        if uow.session.get(Qualification, qid) is None:
            raise ValidationError(translate("rosters", "That skill or credential no longer exists."))
    return name


def _set_requirements(uow: UnitOfWork, post_id: int, requirement_ids: list[int]) -> None:
    for row in uow.session.scalars(select(PostRequirement).where(PostRequirement.post_id == post_id)):
        uow.session.delete(row)
    uow.flush()
    for qid in sorted(set(requirement_ids)):
        uow.session.add(PostRequirement(post_id=post_id, qualification_id=qid))


def create_post(uow: UnitOfWork, actor: Actor, name: str, *, description: str = "",
                requirement_ids: list[int] | None = None) -> int:
    require(actor, Permission.MANAGE_ROSTER)
    requirement_ids = requirement_ids or []
    name = _validate(uow, name, None, requirement_ids)
    position = (uow.session.scalar(select(func.max(Post.position))) or 0) + 1
    post = Post(name=name, description=description.strip(), active=True, position=position)
    uow.session.add(post)
    uow.flush()
    _set_requirements(uow, post.id, requirement_ids)
    audit.record(uow, actor, Action.CREATE, "roster_post", post.id, f"post with {len(requirement_ids)} requirements")
    return post.id


def update_post(uow: UnitOfWork, actor: Actor, post_id: int, name: str, *, description: str = "",
                requirement_ids: list[int] | None = None, active: bool = True) -> None:
    require(actor, Permission.MANAGE_ROSTER)
    post = uow.session.get(Post, post_id)
    if post is None:
        raise NotFound(translate("rosters", "That post no longer exists."))
    requirement_ids = requirement_ids or []
    post.name = _validate(uow, name, post_id, requirement_ids)
    post.description = description.strip()
    post.active = active
    _set_requirements(uow, post_id, requirement_ids)
    audit.record(uow, actor, Action.UPDATE, "roster_post", post_id, f"post with {len(requirement_ids)} requirements")


def list_posts(uow: UnitOfWork, *, include_inactive: bool = False) -> list[PostInfo]:
    query = select(Post).order_by(Post.position, Post.name)
    if not include_inactive:
        query = query.where(Post.active.is_(True))
    posts = list(uow.session.scalars(query))
    reqs: dict[int, list[tuple[int, str]]] = {}
    for post_id, qid, qname in uow.session.execute(
        select(PostRequirement.post_id, Qualification.id, Qualification.name)
        .join(Qualification, Qualification.id == PostRequirement.qualification_id)
        .order_by(Qualification.name)
    ):
        reqs.setdefault(post_id, []).append((qid, qname))
    return [
        PostInfo(p.id, p.name, p.description, p.active, tuple(q for q, _ in reqs.get(p.id, [])),
                 tuple(n for _, n in reqs.get(p.id, [])))
        for p in posts
    ]
