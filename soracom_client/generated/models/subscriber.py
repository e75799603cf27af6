# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.subscriber_expiry_action import SubscriberExpiryAction
from ..models.subscriber_module_type import SubscriberModuleType
from ..models.subscriber_status import SubscriberStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscriber")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SUBSCRIBER_FIELDS = frozenset(
    (
        "apn",
        "bundles",
        "createdAt",
        "createdTime",
        "expiredAt",
        "expiryAction",
        "expiryTime",
        "groupId",
        "iccid",
        "imeiLock",
        "imsi",
        "ipAddress",
        "lastModifiedAt",
        "lastModifiedTime",
        "lastPortMappingCreatedTime",
        "locationRegistrationStatus",
        "moduleType",
        "msisdn",
        "operatorId",
        "packetCaptureSessions",
        "plan",
        "previousSession",
        "registeredTime",
        "renewalFeeStatusSetTime",
        "serialNumber",
        "sessionStatus",
        "simId",
        "speedClass",
        "status",
        "subscription",
        "tags",
        "terminationEnabled",
        "type",
    )
)


@_attrs_define
class Subscriber:
    """
    Attributes:
        apn (str | Unset): The APN (Access Point Name) configured.
        bundles (list[str] | Unset):
        created_at (int | Unset): UNIX time (in milliseconds) when this subscription was created. For example, for a
            secondary subscription, it is the UNIX time (in milliseconds) that the secondary subscription was created.
        created_time (int | Unset): UNIX time (in milliseconds) when this subscription was created. For example, for a
            secondary subscription, it is the UNIX time (in milliseconds) that the secondary subscription was created.
        expired_at (int | Unset): IoT SIM expiration date (UNIX time in milliseconds)
        expiry_action (SubscriberExpiryAction | Unset): Action when expiration date expires. Please refer to [Soracom
            Air Expiration Function](/en/docs/air/expiration/) for more detail.
            - `doNothing` : do nothing
            - `deleteSession` : delete session of the SIM if any
            - `deactivate` : change the SIM status to Inactive
            - `suspend` : change the SIM status to Suspended
            - `terminate` : forcibly end any existing connections, and terminate the SIM
            - `null`: No expiration date set.
        expiry_time (int | Unset): IoT SIM expiration date (UNIX time in milliseconds).
        group_id (str | Unset): The SIM group ID where the SIM belongs to.
        iccid (str | Unset): The ICCID of the SIM.
        imei_lock (ImeiLock | Unset): IMEI lock configuration.
        imsi (str | Unset): The IMSI of the SIM.
        ip_address (str | Unset):
        last_modified_at (int | Unset): UNIX time in milliseconds that the IoT SIM information was changed
        last_modified_time (int | Unset): UNIX time in milliseconds that the IoT SIM information was changed
        last_port_mapping_created_time (int | Unset): UNIX time in milliseconds that Napter was used with the SIM. If
            Napter has never been used with the SIM, null is returned.
        location_registration_status (LocationRegistrationStatus | Unset):
        module_type (SubscriberModuleType | Unset): The form factor of the physical SIM.
            - `mini`: standard (2FF) size.
            - `micro`: micro (3FF) size.
            - `nano`: nano (4FF) size.
            - `trio`: 3 in 1 (can be cut into 2FF/3FF/4FF depending on how you cut it).
            - `embedded`: Embedded (MFF2).
            - `virtual`: Virtual SIM/Subscriber.
            - `integrated`: Embedded (iSIM).
            - `profilePackage`: Profile Package (eSIM profile).
            - `null`: null for secondary subscriptions.
        msisdn (str | Unset): The MSISDN of the SIM.
        operator_id (str | Unset): The ID of the operator who owns this SIM.
        packet_capture_sessions (list[SubscriberPacketCaptureSessionsItem] | Unset):
        plan (int | Unset): Whether or not the subscription supports SMS functionality.
            - `0`: SMS not supported.
            - `1`: SMS supported.
        previous_session (PreviousSessionStatus | Unset): Information about the previous session.
        registered_time (int | Unset): UNIX time (in milliseconds) that the IoT SIM was manually registered to the
            operator. When purchasing SIMs directly through the User Console, SIMs will automatically be registered to your
            account, the field is not present.
        renewal_fee_status_set_time (int | Unset): UNIX time (in milliseconds) that the IoT SIM status is either
            "ready", "standby", or "suspended".
        serial_number (str | Unset): The serial number of the SIM. Virtual SIM/Subscriber does not have a serial number.
        session_status (SessionStatus | Unset): Information about the current session.
        sim_id (str | Unset): The SIM ID of the SIM.
        speed_class (str | Unset): The speed class of the SIM.
        status (SubscriberStatus | Unset): Status of the IoT SIM (Primary subscription of the IoT SIM) Note that the
            status of a virtual SIM/Subscriber added to an IoT SIM is either `active` or `terminated`.
            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`
            - `terminated`
        subscription (str | Unset): The name of the subscription for the SIM.
        tags (TagSet | Unset): An object which always contains at least one property "name" with a string value. If you
            give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
        termination_enabled (bool | Unset): Configure IoT SIM termination protection
            - `true`: Termination protection OFF (can be terminated).
            - `false`: Termination protection ON
        type_ (str | Unset): The speed class of the SIM.
    """

    apn: str | Unset | None = UNSET
    bundles: list[str] | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    created_time: int | Unset | None = UNSET
    expired_at: int | Unset | None = UNSET
    expiry_action: SubscriberExpiryAction | Unset | None = UNSET
    expiry_time: int | Unset | None = UNSET
    group_id: str | Unset | None = UNSET
    iccid: str | Unset | None = UNSET
    imei_lock: ImeiLock | Unset | None = UNSET
    imsi: str | Unset | None = UNSET
    ip_address: str | Unset | None = UNSET
    last_modified_at: int | Unset | None = UNSET
    last_modified_time: int | Unset | None = UNSET
    last_port_mapping_created_time: int | Unset | None = UNSET
    location_registration_status: LocationRegistrationStatus | Unset | None = UNSET
    module_type: SubscriberModuleType | Unset | None = UNSET
    msisdn: str | Unset | None = UNSET
    operator_id: str | Unset | None = UNSET
    packet_capture_sessions: list[SubscriberPacketCaptureSessionsItem] | Unset | None = UNSET
    plan: int | Unset | None = UNSET
    previous_session: PreviousSessionStatus | Unset | None = UNSET
    registered_time: int | Unset | None = UNSET
    renewal_fee_status_set_time: int | Unset | None = UNSET
    serial_number: str | Unset | None = UNSET
    session_status: SessionStatus | Unset | None = UNSET
    sim_id: str | Unset | None = UNSET
    speed_class: str | Unset | None = UNSET
    status: SubscriberStatus | Unset | None = UNSET
    subscription: str | Unset | None = UNSET
    tags: TagSet | Unset | None = UNSET
    termination_enabled: bool | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apn = self.apn

        bundles: Any
        if self.bundles is None:
            bundles = None
        else:
            bundles = UNSET
            if not isinstance(self.bundles, Unset):
                bundles = self.bundles

        created_at = self.created_at

        created_time = self.created_time

        expired_at = self.expired_at

        expiry_action: Any
        if self.expiry_action is None:
            expiry_action = None
        else:
            expiry_action = UNSET
            if not isinstance(self.expiry_action, Unset):
                expiry_action = getattr(self.expiry_action, "value", self.expiry_action)

        expiry_time = self.expiry_time

        group_id = self.group_id

        iccid = self.iccid

        imei_lock: Any
        if self.imei_lock is None:
            imei_lock = None
        else:
            imei_lock = UNSET
            if not isinstance(self.imei_lock, Unset):
                imei_lock = self.imei_lock.to_dict()

        imsi = self.imsi

        ip_address = self.ip_address

        last_modified_at = self.last_modified_at

        last_modified_time = self.last_modified_time

        last_port_mapping_created_time = self.last_port_mapping_created_time

        location_registration_status: Any
        if self.location_registration_status is None:
            location_registration_status = None
        else:
            location_registration_status = UNSET
            if not isinstance(self.location_registration_status, Unset):
                location_registration_status = self.location_registration_status.to_dict()

        module_type: Any
        if self.module_type is None:
            module_type = None
        else:
            module_type = UNSET
            if not isinstance(self.module_type, Unset):
                module_type = getattr(self.module_type, "value", self.module_type)

        msisdn = self.msisdn

        operator_id = self.operator_id

        packet_capture_sessions: Any
        if self.packet_capture_sessions is None:
            packet_capture_sessions = None
        else:
            packet_capture_sessions = UNSET
            if not isinstance(self.packet_capture_sessions, Unset):
                packet_capture_sessions = []
                for packet_capture_sessions_item_data in self.packet_capture_sessions:
                    packet_capture_sessions_item = packet_capture_sessions_item_data.to_dict()
                    packet_capture_sessions.append(packet_capture_sessions_item)

        plan = self.plan

        previous_session: Any
        if self.previous_session is None:
            previous_session = None
        else:
            previous_session = UNSET
            if not isinstance(self.previous_session, Unset):
                previous_session = self.previous_session.to_dict()

        registered_time = self.registered_time

        renewal_fee_status_set_time = self.renewal_fee_status_set_time

        serial_number = self.serial_number

        session_status: Any
        if self.session_status is None:
            session_status = None
        else:
            session_status = UNSET
            if not isinstance(self.session_status, Unset):
                session_status = self.session_status.to_dict()

        sim_id = self.sim_id

        speed_class = self.speed_class

        status: Any
        if self.status is None:
            status = None
        else:
            status = UNSET
            if not isinstance(self.status, Unset):
                status = getattr(self.status, "value", self.status)

        subscription = self.subscription

        tags: Any
        if self.tags is None:
            tags = None
        else:
            tags = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags.to_dict()

        termination_enabled = self.termination_enabled

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apn is not UNSET:
            field_dict["apn"] = apn
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at
        if expiry_action is not UNSET:
            field_dict["expiryAction"] = expiry_action
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if imei_lock is not UNSET:
            field_dict["imeiLock"] = imei_lock
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if last_modified_at is not UNSET:
            field_dict["lastModifiedAt"] = last_modified_at
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if last_port_mapping_created_time is not UNSET:
            field_dict["lastPortMappingCreatedTime"] = last_port_mapping_created_time
        if location_registration_status is not UNSET:
            field_dict["locationRegistrationStatus"] = location_registration_status
        if module_type is not UNSET:
            field_dict["moduleType"] = module_type
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if packet_capture_sessions is not UNSET:
            field_dict["packetCaptureSessions"] = packet_capture_sessions
        if plan is not UNSET:
            field_dict["plan"] = plan
        if previous_session is not UNSET:
            field_dict["previousSession"] = previous_session
        if registered_time is not UNSET:
            field_dict["registeredTime"] = registered_time
        if renewal_fee_status_set_time is not UNSET:
            field_dict["renewalFeeStatusSetTime"] = renewal_fee_status_set_time
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if session_status is not UNSET:
            field_dict["sessionStatus"] = session_status
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class
        if status is not UNSET:
            field_dict["status"] = status
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if tags is not UNSET:
            field_dict["tags"] = tags
        if termination_enabled is not UNSET:
            field_dict["terminationEnabled"] = termination_enabled
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.apn = d.get("apn", UNSET)

            _raw_bundles = d.get("bundles", UNSET)
            bundles: Any
            if _raw_bundles is None:
                bundles = None
            else:
                _bundles = _raw_bundles
                if not isinstance(_bundles, (list, Unset)):
                    raise TypeError("expected a list")
                bundles = cast(list[str], _bundles)

            _obj.bundles = bundles

            _obj.created_at = d.get("createdAt", UNSET)

            _obj.created_time = d.get("createdTime", UNSET)

            _obj.expired_at = d.get("expiredAt", UNSET)

            expiry_action = d.get("expiryAction", UNSET)
            if expiry_action is not None and expiry_action is not UNSET:
                expiry_action = SubscriberExpiryAction._value2member_map_.get(expiry_action) or SubscriberExpiryAction(
                    expiry_action
                )
            _obj.expiry_action = expiry_action

            _obj.expiry_time = d.get("expiryTime", UNSET)

            _obj.group_id = d.get("groupId", UNSET)

            _obj.iccid = d.get("iccid", UNSET)

            imei_lock = d.get("imeiLock", UNSET)
            if imei_lock is not None and imei_lock is not UNSET:
                imei_lock = ImeiLock.from_dict(imei_lock)
            _obj.imei_lock = imei_lock

            _obj.imsi = d.get("imsi", UNSET)

            _obj.ip_address = d.get("ipAddress", UNSET)

            _obj.last_modified_at = d.get("lastModifiedAt", UNSET)

            _obj.last_modified_time = d.get("lastModifiedTime", UNSET)

            _obj.last_port_mapping_created_time = d.get("lastPortMappingCreatedTime", UNSET)

            location_registration_status = d.get("locationRegistrationStatus", UNSET)
            if location_registration_status is not None and location_registration_status is not UNSET:
                location_registration_status = LocationRegistrationStatus.from_dict(location_registration_status)
            _obj.location_registration_status = location_registration_status

            module_type = d.get("moduleType", UNSET)
            if module_type is not None and module_type is not UNSET:
                module_type = SubscriberModuleType._value2member_map_.get(module_type) or SubscriberModuleType(
                    module_type
                )
            _obj.module_type = module_type

            _obj.msisdn = d.get("msisdn", UNSET)

            _obj.operator_id = d.get("operatorId", UNSET)

            _raw_packet_capture_sessions = d.get("packetCaptureSessions", UNSET)
            packet_capture_sessions: Any
            if _raw_packet_capture_sessions is None:
                packet_capture_sessions = None
            else:
                _packet_capture_sessions = _raw_packet_capture_sessions
                packet_capture_sessions: list[SubscriberPacketCaptureSessionsItem] | Unset = UNSET
                if _packet_capture_sessions is not UNSET:
                    if not isinstance(_packet_capture_sessions, list):
                        raise TypeError("expected a list")
                    packet_capture_sessions = []
                    for packet_capture_sessions_item_data in _packet_capture_sessions:
                        packet_capture_sessions_item = SubscriberPacketCaptureSessionsItem.from_dict(
                            packet_capture_sessions_item_data
                        )

                        packet_capture_sessions.append(packet_capture_sessions_item)

            _obj.packet_capture_sessions = packet_capture_sessions

            _obj.plan = d.get("plan", UNSET)

            previous_session = d.get("previousSession", UNSET)
            if previous_session is not None and previous_session is not UNSET:
                previous_session = PreviousSessionStatus.from_dict(previous_session)
            _obj.previous_session = previous_session

            _obj.registered_time = d.get("registeredTime", UNSET)

            _obj.renewal_fee_status_set_time = d.get("renewalFeeStatusSetTime", UNSET)

            _obj.serial_number = d.get("serialNumber", UNSET)

            session_status = d.get("sessionStatus", UNSET)
            if session_status is not None and session_status is not UNSET:
                session_status = SessionStatus.from_dict(session_status)
            _obj.session_status = session_status

            _obj.sim_id = d.get("simId", UNSET)

            _obj.speed_class = d.get("speedClass", UNSET)

            status = d.get("status", UNSET)
            if status is not None and status is not UNSET:
                status = SubscriberStatus._value2member_map_.get(status) or SubscriberStatus(status)
            _obj.status = status

            _obj.subscription = d.get("subscription", UNSET)

            tags = d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                tags = TagSet.from_dict(tags)
            _obj.tags = tags

            _obj.termination_enabled = d.get("terminationEnabled", UNSET)

            _obj.type_ = d.get("type", UNSET)

            if _SUBSCRIBER_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SUBSCRIBER_FIELDS}
        except Exception as exc:
            raise model_parse_error("Subscriber", src_dict, exc) from exc
        return _obj

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


from ..models.imei_lock import ImeiLock  # noqa: E402
from ..models.location_registration_status import LocationRegistrationStatus  # noqa: E402
from ..models.previous_session_status import PreviousSessionStatus  # noqa: E402
from ..models.session_status import SessionStatus  # noqa: E402
from ..models.subscriber_packet_capture_sessions_item import SubscriberPacketCaptureSessionsItem  # noqa: E402
from ..models.tag_set import TagSet  # noqa: E402
