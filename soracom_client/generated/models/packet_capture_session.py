# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error, parse_datetime
from ..models.packet_capture_session_status import PacketCaptureSessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PacketCaptureSession")


@_attrs_define
class PacketCaptureSession:
    """
    Attributes:
        created_time (datetime.datetime | Unset):
        duration (int | Unset):
        ended_time (datetime.datetime | Unset):
        failed_reason (str | Unset):
        prefix (str | Unset):
        session_id (str | Unset):
        started_time (datetime.datetime | Unset):
        status (PacketCaptureSessionStatus | Unset):
        url (str | Unset):
    """

    created_time: datetime.datetime | Unset | str | None = UNSET
    duration: int | Unset | None = UNSET
    ended_time: datetime.datetime | Unset | str | None = UNSET
    failed_reason: str | Unset | None = UNSET
    prefix: str | Unset | None = UNSET
    session_id: str | Unset | None = UNSET
    started_time: datetime.datetime | Unset | str | None = UNSET
    status: PacketCaptureSessionStatus | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time: Any
        if self.created_time is None:
            created_time = None
        else:
            created_time = UNSET
            if not isinstance(self.created_time, Unset):
                created_time = (
                    self.created_time.isoformat()
                    if isinstance(self.created_time, datetime.datetime)
                    else self.created_time
                )

        duration = self.duration

        ended_time: Any
        if self.ended_time is None:
            ended_time = None
        else:
            ended_time = UNSET
            if not isinstance(self.ended_time, Unset):
                ended_time = (
                    self.ended_time.isoformat() if isinstance(self.ended_time, datetime.datetime) else self.ended_time
                )

        failed_reason = self.failed_reason

        prefix = self.prefix

        session_id = self.session_id

        started_time: Any
        if self.started_time is None:
            started_time = None
        else:
            started_time = UNSET
            if not isinstance(self.started_time, Unset):
                started_time = (
                    self.started_time.isoformat()
                    if isinstance(self.started_time, datetime.datetime)
                    else self.started_time
                )

        status: Any
        if self.status is None:
            status = None
        else:
            status = UNSET
            if not isinstance(self.status, Unset):
                status = getattr(self.status, "value", self.status)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if ended_time is not UNSET:
            field_dict["endedTime"] = ended_time
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if started_time is not UNSET:
            field_dict["startedTime"] = started_time
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            created_time = d.pop("createdTime", UNSET)
            if created_time is not None and created_time is not UNSET:
                created_time = parse_datetime(created_time)

            duration = d.pop("duration", UNSET)

            ended_time = d.pop("endedTime", UNSET)
            if ended_time is not None and ended_time is not UNSET:
                ended_time = parse_datetime(ended_time)

            failed_reason = d.pop("failedReason", UNSET)

            prefix = d.pop("prefix", UNSET)

            session_id = d.pop("sessionId", UNSET)

            started_time = d.pop("startedTime", UNSET)
            if started_time is not None and started_time is not UNSET:
                started_time = parse_datetime(started_time)

            status = d.pop("status", UNSET)
            if status is not None and status is not UNSET:
                status = PacketCaptureSessionStatus._value2member_map_.get(status) or PacketCaptureSessionStatus(status)

            url = d.pop("url", UNSET)

            packet_capture_session = cls(
                created_time=created_time,
                duration=duration,
                ended_time=ended_time,
                failed_reason=failed_reason,
                prefix=prefix,
                session_id=session_id,
                started_time=started_time,
                status=status,
                url=url,
            )

            packet_capture_session.additional_properties = d
        except Exception as exc:
            raise model_parse_error("PacketCaptureSession", src_dict, exc) from exc
        return packet_capture_session

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
