# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error
from ..models.subscriber_expiry_action import SubscriberExpiryAction
from ..models.subscriber_module_type import SubscriberModuleType
from ..models.subscriber_status import SubscriberStatus

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


@_attrs_define(repr=False)
class Subscriber(ModelBase):
    """
    Attributes:
        apn (str | None): The APN (Access Point Name) configured.
        bundles (list[str] | None):
        created_at (int | None): UNIX time (in milliseconds) when this subscription was created. For example, for a
            secondary subscription, it is the UNIX time (in milliseconds) that the secondary subscription was created.
        created_time (int | None): UNIX time (in milliseconds) when this subscription was created. For example, for a
            secondary subscription, it is the UNIX time (in milliseconds) that the secondary subscription was created.
        expired_at (int | None): IoT SIM expiration date (UNIX time in milliseconds)
        expiry_action (SubscriberExpiryAction | None): Action when expiration date expires. Please refer to [Soracom Air
            Expiration Function](/en/docs/air/expiration/) for more detail.
            - `doNothing` : do nothing
            - `deleteSession` : delete session of the SIM if any
            - `deactivate` : change the SIM status to Inactive
            - `suspend` : change the SIM status to Suspended
            - `terminate` : forcibly end any existing connections, and terminate the SIM
            - `null`: No expiration date set.
        expiry_time (int | None): IoT SIM expiration date (UNIX time in milliseconds).
        group_id (str | None): The SIM group ID where the SIM belongs to.
        iccid (str | None): The ICCID of the SIM.
        imei_lock (ImeiLock | None): IMEI lock configuration.
        imsi (str | None): The IMSI of the SIM.
        ip_address (str | None):
        last_modified_at (int | None): UNIX time in milliseconds that the IoT SIM information was changed
        last_modified_time (int | None): UNIX time in milliseconds that the IoT SIM information was changed
        last_port_mapping_created_time (int | None): UNIX time in milliseconds that Napter was used with the SIM. If
            Napter has never been used with the SIM, null is returned.
        location_registration_status (LocationRegistrationStatus | None):
        module_type (SubscriberModuleType | None): The form factor of the physical SIM.
            - `mini`: standard (2FF) size.
            - `micro`: micro (3FF) size.
            - `nano`: nano (4FF) size.
            - `trio`: 3 in 1 (can be cut into 2FF/3FF/4FF depending on how you cut it).
            - `embedded`: Embedded (MFF2).
            - `virtual`: Virtual SIM/Subscriber.
            - `integrated`: Embedded (iSIM).
            - `profilePackage`: Profile Package (eSIM profile).
            - `null`: null for secondary subscriptions.
        msisdn (str | None): The MSISDN of the SIM.
        operator_id (str | None): The ID of the operator who owns this SIM.
        packet_capture_sessions (list[SubscriberPacketCaptureSessionsItem] | None):
        plan (int | None): Whether or not the subscription supports SMS functionality.
            - `0`: SMS not supported.
            - `1`: SMS supported.
        previous_session (PreviousSessionStatus | None): Information about the previous session.
        registered_time (int | None): UNIX time (in milliseconds) that the IoT SIM was manually registered to the
            operator. When purchasing SIMs directly through the User Console, SIMs will automatically be registered to your
            account, the field is not present.
        renewal_fee_status_set_time (int | None): UNIX time (in milliseconds) that the IoT SIM status is either "ready",
            "standby", or "suspended".
        serial_number (str | None): The serial number of the SIM. Virtual SIM/Subscriber does not have a serial number.
        session_status (SessionStatus | None): Information about the current session.
        sim_id (str | None): The SIM ID of the SIM.
        speed_class (str | None): The speed class of the SIM.
        status (SubscriberStatus | None): Status of the IoT SIM (Primary subscription of the IoT SIM) Note that the
            status of a virtual SIM/Subscriber added to an IoT SIM is either `active` or `terminated`.
            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`
            - `terminated`
        subscription (str | None): The name of the subscription for the SIM.
        tags (TagSet | None): An object which always contains at least one property "name" with a string value. If you
            give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
        termination_enabled (bool | None): Configure IoT SIM termination protection
            - `true`: Termination protection OFF (can be terminated).
            - `false`: Termination protection ON
        type_ (str | None): The speed class of the SIM.
    """

    apn: str | None = None
    bundles: list[str] | None = None
    created_at: int | None = None
    created_time: int | None = None
    expired_at: int | None = None
    expiry_action: SubscriberExpiryAction | None = None
    expiry_time: int | None = None
    group_id: str | None = None
    iccid: str | None = None
    imei_lock: ImeiLock | None = None
    imsi: str | None = None
    ip_address: str | None = None
    last_modified_at: int | None = None
    last_modified_time: int | None = None
    last_port_mapping_created_time: int | None = None
    location_registration_status: LocationRegistrationStatus | None = None
    module_type: SubscriberModuleType | None = None
    msisdn: str | None = None
    operator_id: str | None = None
    packet_capture_sessions: list[SubscriberPacketCaptureSessionsItem] | None = None
    plan: int | None = None
    previous_session: PreviousSessionStatus | None = None
    registered_time: int | None = None
    renewal_fee_status_set_time: int | None = None
    serial_number: str | None = None
    session_status: SessionStatus | None = None
    sim_id: str | None = None
    speed_class: str | None = None
    status: SubscriberStatus | None = None
    subscription: str | None = None
    tags: TagSet | None = None
    termination_enabled: bool | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("apn", "apn", False),
        ("bundles", "bundles", False),
        ("created_at", "createdAt", False),
        ("created_time", "createdTime", False),
        ("expired_at", "expiredAt", False),
        ("expiry_action", "expiryAction", False),
        ("expiry_time", "expiryTime", False),
        ("group_id", "groupId", False),
        ("iccid", "iccid", False),
        ("imei_lock", "imeiLock", False),
        ("imsi", "imsi", False),
        ("ip_address", "ipAddress", False),
        ("last_modified_at", "lastModifiedAt", False),
        ("last_modified_time", "lastModifiedTime", False),
        ("last_port_mapping_created_time", "lastPortMappingCreatedTime", False),
        ("location_registration_status", "locationRegistrationStatus", False),
        ("module_type", "moduleType", False),
        ("msisdn", "msisdn", False),
        ("operator_id", "operatorId", False),
        ("packet_capture_sessions", "packetCaptureSessions", False),
        ("plan", "plan", False),
        ("previous_session", "previousSession", False),
        ("registered_time", "registeredTime", False),
        ("renewal_fee_status_set_time", "renewalFeeStatusSetTime", False),
        ("serial_number", "serialNumber", False),
        ("session_status", "sessionStatus", False),
        ("sim_id", "simId", False),
        ("speed_class", "speedClass", False),
        ("status", "status", False),
        ("subscription", "subscription", False),
        ("tags", "tags", False),
        ("termination_enabled", "terminationEnabled", False),
        ("type_", "type", False),
    )

    def set_null(
        self,
        *fields: Literal[
            "apn",
            "bundles",
            "created_at",
            "created_time",
            "expired_at",
            "expiry_action",
            "expiry_time",
            "group_id",
            "iccid",
            "imei_lock",
            "imsi",
            "ip_address",
            "last_modified_at",
            "last_modified_time",
            "last_port_mapping_created_time",
            "location_registration_status",
            "module_type",
            "msisdn",
            "operator_id",
            "packet_capture_sessions",
            "plan",
            "previous_session",
            "registered_time",
            "renewal_fee_status_set_time",
            "serial_number",
            "session_status",
            "sim_id",
            "speed_class",
            "status",
            "subscription",
            "tags",
            "termination_enabled",
            "type_",
        ],
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.apn is not None:
            field_dict["apn"] = self.apn
        elif "apn" in self._nulls:
            field_dict["apn"] = None
        if self.bundles is not None:
            field_dict["bundles"] = self.bundles

        elif "bundles" in self._nulls:
            field_dict["bundles"] = None
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif "created_at" in self._nulls:
            field_dict["createdAt"] = None
        if self.created_time is not None:
            field_dict["createdTime"] = self.created_time
        elif "created_time" in self._nulls:
            field_dict["createdTime"] = None
        if self.expired_at is not None:
            field_dict["expiredAt"] = self.expired_at
        elif "expired_at" in self._nulls:
            field_dict["expiredAt"] = None
        if self.expiry_action is not None:
            field_dict["expiryAction"] = getattr(self.expiry_action, "value", self.expiry_action)

        elif "expiry_action" in self._nulls:
            field_dict["expiryAction"] = None
        if self.expiry_time is not None:
            field_dict["expiryTime"] = self.expiry_time
        elif "expiry_time" in self._nulls:
            field_dict["expiryTime"] = None
        if self.group_id is not None:
            field_dict["groupId"] = self.group_id
        elif "group_id" in self._nulls:
            field_dict["groupId"] = None
        if self.iccid is not None:
            field_dict["iccid"] = self.iccid
        elif "iccid" in self._nulls:
            field_dict["iccid"] = None
        if self.imei_lock is not None:
            field_dict["imeiLock"] = self.imei_lock.to_dict()

        elif "imei_lock" in self._nulls:
            field_dict["imeiLock"] = None
        if self.imsi is not None:
            field_dict["imsi"] = self.imsi
        elif "imsi" in self._nulls:
            field_dict["imsi"] = None
        if self.ip_address is not None:
            field_dict["ipAddress"] = self.ip_address
        elif "ip_address" in self._nulls:
            field_dict["ipAddress"] = None
        if self.last_modified_at is not None:
            field_dict["lastModifiedAt"] = self.last_modified_at
        elif "last_modified_at" in self._nulls:
            field_dict["lastModifiedAt"] = None
        if self.last_modified_time is not None:
            field_dict["lastModifiedTime"] = self.last_modified_time
        elif "last_modified_time" in self._nulls:
            field_dict["lastModifiedTime"] = None
        if self.last_port_mapping_created_time is not None:
            field_dict["lastPortMappingCreatedTime"] = self.last_port_mapping_created_time
        elif "last_port_mapping_created_time" in self._nulls:
            field_dict["lastPortMappingCreatedTime"] = None
        if self.location_registration_status is not None:
            field_dict["locationRegistrationStatus"] = self.location_registration_status.to_dict()

        elif "location_registration_status" in self._nulls:
            field_dict["locationRegistrationStatus"] = None
        if self.module_type is not None:
            field_dict["moduleType"] = getattr(self.module_type, "value", self.module_type)

        elif "module_type" in self._nulls:
            field_dict["moduleType"] = None
        if self.msisdn is not None:
            field_dict["msisdn"] = self.msisdn
        elif "msisdn" in self._nulls:
            field_dict["msisdn"] = None
        if self.operator_id is not None:
            field_dict["operatorId"] = self.operator_id
        elif "operator_id" in self._nulls:
            field_dict["operatorId"] = None
        if self.packet_capture_sessions is not None:
            field_dict["packetCaptureSessions"] = []
            for packet_capture_sessions_item_data in self.packet_capture_sessions:
                packet_capture_sessions_item = packet_capture_sessions_item_data.to_dict()

                field_dict["packetCaptureSessions"].append(packet_capture_sessions_item)

        elif "packet_capture_sessions" in self._nulls:
            field_dict["packetCaptureSessions"] = None
        if self.plan is not None:
            field_dict["plan"] = self.plan
        elif "plan" in self._nulls:
            field_dict["plan"] = None
        if self.previous_session is not None:
            field_dict["previousSession"] = self.previous_session.to_dict()

        elif "previous_session" in self._nulls:
            field_dict["previousSession"] = None
        if self.registered_time is not None:
            field_dict["registeredTime"] = self.registered_time
        elif "registered_time" in self._nulls:
            field_dict["registeredTime"] = None
        if self.renewal_fee_status_set_time is not None:
            field_dict["renewalFeeStatusSetTime"] = self.renewal_fee_status_set_time
        elif "renewal_fee_status_set_time" in self._nulls:
            field_dict["renewalFeeStatusSetTime"] = None
        if self.serial_number is not None:
            field_dict["serialNumber"] = self.serial_number
        elif "serial_number" in self._nulls:
            field_dict["serialNumber"] = None
        if self.session_status is not None:
            field_dict["sessionStatus"] = self.session_status.to_dict()

        elif "session_status" in self._nulls:
            field_dict["sessionStatus"] = None
        if self.sim_id is not None:
            field_dict["simId"] = self.sim_id
        elif "sim_id" in self._nulls:
            field_dict["simId"] = None
        if self.speed_class is not None:
            field_dict["speedClass"] = self.speed_class
        elif "speed_class" in self._nulls:
            field_dict["speedClass"] = None
        if self.status is not None:
            field_dict["status"] = getattr(self.status, "value", self.status)

        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.subscription is not None:
            field_dict["subscription"] = self.subscription
        elif "subscription" in self._nulls:
            field_dict["subscription"] = None
        if self.tags is not None:
            field_dict["tags"] = self.tags.to_dict()

        elif "tags" in self._nulls:
            field_dict["tags"] = None
        if self.termination_enabled is not None:
            field_dict["terminationEnabled"] = self.termination_enabled
        elif "termination_enabled" in self._nulls:
            field_dict["terminationEnabled"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type_" in self._nulls:
            field_dict["type"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.apn = apn = d.get("apn")
            if apn is None and "apn" in d:
                _nulls += ("apn",)

            _raw_bundles = d.get("bundles")
            bundles: Any = None
            if _raw_bundles is not None:
                bundles = _raw_bundles
                if not isinstance(bundles, list):
                    raise TypeError("expected a list")

            elif "bundles" in d:
                _nulls += ("bundles",)
            _obj.bundles = bundles

            _obj.created_at = created_at = d.get("createdAt")
            if created_at is None and "createdAt" in d:
                _nulls += ("created_at",)

            _obj.created_time = created_time = d.get("createdTime")
            if created_time is None and "createdTime" in d:
                _nulls += ("created_time",)

            _obj.expired_at = expired_at = d.get("expiredAt")
            if expired_at is None and "expiredAt" in d:
                _nulls += ("expired_at",)

            expiry_action = d.get("expiryAction")
            if expiry_action is not None:
                expiry_action = _SubscriberExpiryAction_get(expiry_action) or SubscriberExpiryAction(expiry_action)
            elif "expiryAction" in d:
                _nulls += ("expiry_action",)
            _obj.expiry_action = expiry_action

            _obj.expiry_time = expiry_time = d.get("expiryTime")
            if expiry_time is None and "expiryTime" in d:
                _nulls += ("expiry_time",)

            _obj.group_id = group_id = d.get("groupId")
            if group_id is None and "groupId" in d:
                _nulls += ("group_id",)

            _obj.iccid = iccid = d.get("iccid")
            if iccid is None and "iccid" in d:
                _nulls += ("iccid",)

            imei_lock = d.get("imeiLock")
            if imei_lock is not None:
                imei_lock = _ImeiLock_from_dict(imei_lock)
            elif "imeiLock" in d:
                _nulls += ("imei_lock",)
            _obj.imei_lock = imei_lock

            _obj.imsi = imsi = d.get("imsi")
            if imsi is None and "imsi" in d:
                _nulls += ("imsi",)

            _obj.ip_address = ip_address = d.get("ipAddress")
            if ip_address is None and "ipAddress" in d:
                _nulls += ("ip_address",)

            _obj.last_modified_at = last_modified_at = d.get("lastModifiedAt")
            if last_modified_at is None and "lastModifiedAt" in d:
                _nulls += ("last_modified_at",)

            _obj.last_modified_time = last_modified_time = d.get("lastModifiedTime")
            if last_modified_time is None and "lastModifiedTime" in d:
                _nulls += ("last_modified_time",)

            _obj.last_port_mapping_created_time = last_port_mapping_created_time = d.get("lastPortMappingCreatedTime")
            if last_port_mapping_created_time is None and "lastPortMappingCreatedTime" in d:
                _nulls += ("last_port_mapping_created_time",)

            location_registration_status = d.get("locationRegistrationStatus")
            if location_registration_status is not None:
                location_registration_status = _LocationRegistrationStatus_from_dict(location_registration_status)
            elif "locationRegistrationStatus" in d:
                _nulls += ("location_registration_status",)
            _obj.location_registration_status = location_registration_status

            module_type = d.get("moduleType")
            if module_type is not None:
                module_type = _SubscriberModuleType_get(module_type) or SubscriberModuleType(module_type)
            elif "moduleType" in d:
                _nulls += ("module_type",)
            _obj.module_type = module_type

            _obj.msisdn = msisdn = d.get("msisdn")
            if msisdn is None and "msisdn" in d:
                _nulls += ("msisdn",)

            _obj.operator_id = operator_id = d.get("operatorId")
            if operator_id is None and "operatorId" in d:
                _nulls += ("operator_id",)

            _raw_packet_capture_sessions = d.get("packetCaptureSessions")
            packet_capture_sessions: Any = None
            if _raw_packet_capture_sessions is not None:
                _packet_capture_sessions = _raw_packet_capture_sessions
                if not isinstance(_packet_capture_sessions, list):
                    raise TypeError("expected a list")
                packet_capture_sessions = []
                for packet_capture_sessions_item_data in _packet_capture_sessions:
                    packet_capture_sessions_item = _SubscriberPacketCaptureSessionsItem_from_dict(
                        packet_capture_sessions_item_data
                    )

                    packet_capture_sessions.append(packet_capture_sessions_item)

            elif "packetCaptureSessions" in d:
                _nulls += ("packet_capture_sessions",)
            _obj.packet_capture_sessions = packet_capture_sessions

            _obj.plan = plan = d.get("plan")
            if plan is None and "plan" in d:
                _nulls += ("plan",)

            previous_session = d.get("previousSession")
            if previous_session is not None:
                previous_session = _PreviousSessionStatus_from_dict(previous_session)
            elif "previousSession" in d:
                _nulls += ("previous_session",)
            _obj.previous_session = previous_session

            _obj.registered_time = registered_time = d.get("registeredTime")
            if registered_time is None and "registeredTime" in d:
                _nulls += ("registered_time",)

            _obj.renewal_fee_status_set_time = renewal_fee_status_set_time = d.get("renewalFeeStatusSetTime")
            if renewal_fee_status_set_time is None and "renewalFeeStatusSetTime" in d:
                _nulls += ("renewal_fee_status_set_time",)

            _obj.serial_number = serial_number = d.get("serialNumber")
            if serial_number is None and "serialNumber" in d:
                _nulls += ("serial_number",)

            session_status = d.get("sessionStatus")
            if session_status is not None:
                session_status = _SessionStatus_from_dict(session_status)
            elif "sessionStatus" in d:
                _nulls += ("session_status",)
            _obj.session_status = session_status

            _obj.sim_id = sim_id = d.get("simId")
            if sim_id is None and "simId" in d:
                _nulls += ("sim_id",)

            _obj.speed_class = speed_class = d.get("speedClass")
            if speed_class is None and "speedClass" in d:
                _nulls += ("speed_class",)

            status = d.get("status")
            if status is not None:
                status = _SubscriberStatus_get(status) or SubscriberStatus(status)
            elif "status" in d:
                _nulls += ("status",)
            _obj.status = status

            _obj.subscription = subscription = d.get("subscription")
            if subscription is None and "subscription" in d:
                _nulls += ("subscription",)

            tags = d.get("tags")
            if tags is not None:
                tags = _TagSet_from_dict(tags)
            elif "tags" in d:
                _nulls += ("tags",)
            _obj.tags = tags

            _obj.termination_enabled = termination_enabled = d.get("terminationEnabled")
            if termination_enabled is None and "terminationEnabled" in d:
                _nulls += ("termination_enabled",)

            _obj.type_ = type_ = d.get("type")
            if type_ is None and "type" in d:
                _nulls += ("type_",)

            if _SUBSCRIBER_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SUBSCRIBER_FIELDS}
            _obj._nulls = _nulls
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

_SubscriberExpiryAction_get = SubscriberExpiryAction._value2member_map_.get
_SubscriberModuleType_get = SubscriberModuleType._value2member_map_.get
_SubscriberStatus_get = SubscriberStatus._value2member_map_.get
_ImeiLock_from_dict = ImeiLock.from_dict
_LocationRegistrationStatus_from_dict = LocationRegistrationStatus.from_dict
_PreviousSessionStatus_from_dict = PreviousSessionStatus.from_dict
_SessionStatus_from_dict = SessionStatus.from_dict
_SubscriberPacketCaptureSessionsItem_from_dict = SubscriberPacketCaptureSessionsItem.from_dict
_TagSet_from_dict = TagSet.from_dict
