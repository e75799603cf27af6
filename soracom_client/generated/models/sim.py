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
from ..models.sim_expiry_action import SimExpiryAction
from ..models.sim_module_type import SimModuleType
from ..models.sim_status import SimStatus
from ..models.sim_type import SimType

T = TypeVar("T", bound="Sim")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIM_FIELDS = frozenset(
    (
        "activeProfileId",
        "arcSessionStatus",
        "capabilities",
        "createdTime",
        "expiryAction",
        "expiryTime",
        "groupId",
        "imeiLock",
        "lastModifiedTime",
        "lastPortMappingCreatedTime",
        "localInfo",
        "moduleType",
        "operatorId",
        "otaSerialNumber",
        "pcapEndTime",
        "pcapStartTime",
        "previousSession",
        "profiles",
        "renewalFeeStatusSetTime",
        "serialNumber",
        "sessionStatus",
        "simId",
        "speedClass",
        "status",
        "tags",
        "terminationEnabled",
        "testmodeExhaustedTime",
        "type",
    )
)


@_attrs_define(repr=False)
class Sim(ModelBase):
    """
    Attributes:
        active_profile_id (str | None):
        arc_session_status (ArcSessionStatus | None):
        capabilities (Capabilities | None):
        created_time (int | None): UNIX time (in milliseconds) that the IoT SIM (primary subscription to the IoT SIM)
            was created.
        expiry_action (SimExpiryAction | None): Action when expiration date expires. Please refer to [Soracom Air
            Expiration Function](/en/docs/air/expiration/) for more detail.
            - `doNothing` : do nothing
            - `deleteSession` : delete session of the SIM if any
            - `deactivate` : change the SIM status to Inactive
            - `suspend` : change the SIM status to Suspended
            - `terminate` : forcibly end any existing connections, and terminate the SIM
            - `null`: No expiration date set.
        expiry_time (int | None): IoT SIM expiration date (UNIX time in milliseconds).
        group_id (str | None): The SIM group ID where the SIM belongs to.
        imei_lock (ImeiLock | None): IMEI lock configuration.
        last_modified_time (int | None): UNIX time (in milliseconds) that the information in the IoT SIM (primary
            subscription to the IoT SIM) was changed
        last_port_mapping_created_time (int | None): UNIX time in milliseconds that Napter was used with the SIM. If
            Napter has never been used with the SIM, null is returned.
        local_info (Map | None):
        module_type (SimModuleType | None): The form factor of the physical SIM.
            - `mini`: standard (2FF) size.
            - `micro`: micro (3FF) size.
            - `nano`: nano (4FF) size.
            - `trio`: 3 in 1 (can be cut into 2FF/3FF/4FF depending on how you cut it).
            - `embedded`: Embedded (MFF2).
            - `virtual`: Virtual SIM/Subscriber.
            - `integrated`: Embedded (iSIM).
            - `profilePackage`: Profile Package (eSIM profile).
        operator_id (str | None): The ID of the operator who owns this SIM.
        ota_serial_number (str | None):
        pcap_end_time (int | None):
        pcap_start_time (int | None):
        previous_session (PreviousSessionStatus | None): Information about the previous session.
        profiles (SimProfiles | None):
        renewal_fee_status_set_time (int | None): UNIX time (in milliseconds) that the IoT SIM status is either "ready",
            "standby", or "suspended".
        serial_number (str | None): The serial number of the SIM. Virtual SIM/Subscriber does not have a serial number.
        session_status (SessionStatus | None): Information about the current session.
        sim_id (str | None): The SIM ID of the SIM.
        speed_class (str | None): The speed class of the SIM.
        status (SimStatus | None): Status of the IoT SIM (primary subscription of the IoT SIM). The status of the
            virtual SIM/subscriber added to the IoT SIM is either `active` or `terminated`.
            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`
            - `terminated`
        tags (TagSet | None): An object which always contains at least one property "name" with a string value. If you
            give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
        termination_enabled (bool | None): Value indicating whether the IoT SIM can be terminated (termination
            protection setting).
            - `true`: Can be terminated (termination protection OFF)
            - `false`: Cannot be terminated (termination protection ON)
        testmode_exhausted_time (int | None): UNIX time (in milliseconds) when the SIM exceeded the testing usage limit.
        type_ (SimType | None): IoT SIM Type
            - `euicc`: Chip type (eSIM)
            - `uicc`: Card type
            - `virtual`: Virtual SIM/Subscriber
    """

    active_profile_id: str | None = None
    arc_session_status: ArcSessionStatus | None = None
    capabilities: Capabilities | None = None
    created_time: int | None = None
    expiry_action: SimExpiryAction | None = None
    expiry_time: int | None = None
    group_id: str | None = None
    imei_lock: ImeiLock | None = None
    last_modified_time: int | None = None
    last_port_mapping_created_time: int | None = None
    local_info: Map | None = None
    module_type: SimModuleType | None = None
    operator_id: str | None = None
    ota_serial_number: str | None = None
    pcap_end_time: int | None = None
    pcap_start_time: int | None = None
    previous_session: PreviousSessionStatus | None = None
    profiles: SimProfiles | None = None
    renewal_fee_status_set_time: int | None = None
    serial_number: str | None = None
    session_status: SessionStatus | None = None
    sim_id: str | None = None
    speed_class: str | None = None
    status: SimStatus | None = None
    tags: TagSet | None = None
    termination_enabled: bool | None = None
    testmode_exhausted_time: int | None = None
    type_: SimType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("active_profile_id", "activeProfileId", False),
        ("arc_session_status", "arcSessionStatus", False),
        ("capabilities", "capabilities", False),
        ("created_time", "createdTime", False),
        ("expiry_action", "expiryAction", False),
        ("expiry_time", "expiryTime", False),
        ("group_id", "groupId", False),
        ("imei_lock", "imeiLock", False),
        ("last_modified_time", "lastModifiedTime", False),
        ("last_port_mapping_created_time", "lastPortMappingCreatedTime", False),
        ("local_info", "localInfo", False),
        ("module_type", "moduleType", False),
        ("operator_id", "operatorId", False),
        ("ota_serial_number", "otaSerialNumber", False),
        ("pcap_end_time", "pcapEndTime", False),
        ("pcap_start_time", "pcapStartTime", False),
        ("previous_session", "previousSession", False),
        ("profiles", "profiles", False),
        ("renewal_fee_status_set_time", "renewalFeeStatusSetTime", False),
        ("serial_number", "serialNumber", False),
        ("session_status", "sessionStatus", False),
        ("sim_id", "simId", False),
        ("speed_class", "speedClass", False),
        ("status", "status", False),
        ("tags", "tags", False),
        ("termination_enabled", "terminationEnabled", False),
        ("testmode_exhausted_time", "testmodeExhaustedTime", False),
        ("type_", "type", False),
    )

    def set_null(
        self,
        *fields: Literal[
            "active_profile_id",
            "arc_session_status",
            "capabilities",
            "created_time",
            "expiry_action",
            "expiry_time",
            "group_id",
            "imei_lock",
            "last_modified_time",
            "last_port_mapping_created_time",
            "local_info",
            "module_type",
            "operator_id",
            "ota_serial_number",
            "pcap_end_time",
            "pcap_start_time",
            "previous_session",
            "profiles",
            "renewal_fee_status_set_time",
            "serial_number",
            "session_status",
            "sim_id",
            "speed_class",
            "status",
            "tags",
            "termination_enabled",
            "testmode_exhausted_time",
            "type_",
        ],
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.active_profile_id is not None:
            field_dict["activeProfileId"] = self.active_profile_id
        elif "active_profile_id" in self._nulls:
            field_dict["activeProfileId"] = None
        if self.arc_session_status is not None:
            field_dict["arcSessionStatus"] = self.arc_session_status.to_dict()

        elif "arc_session_status" in self._nulls:
            field_dict["arcSessionStatus"] = None
        if self.capabilities is not None:
            field_dict["capabilities"] = self.capabilities.to_dict()

        elif "capabilities" in self._nulls:
            field_dict["capabilities"] = None
        if self.created_time is not None:
            field_dict["createdTime"] = self.created_time
        elif "created_time" in self._nulls:
            field_dict["createdTime"] = None
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
        if self.imei_lock is not None:
            field_dict["imeiLock"] = self.imei_lock.to_dict()

        elif "imei_lock" in self._nulls:
            field_dict["imeiLock"] = None
        if self.last_modified_time is not None:
            field_dict["lastModifiedTime"] = self.last_modified_time
        elif "last_modified_time" in self._nulls:
            field_dict["lastModifiedTime"] = None
        if self.last_port_mapping_created_time is not None:
            field_dict["lastPortMappingCreatedTime"] = self.last_port_mapping_created_time
        elif "last_port_mapping_created_time" in self._nulls:
            field_dict["lastPortMappingCreatedTime"] = None
        if self.local_info is not None:
            field_dict["localInfo"] = self.local_info.to_dict()

        elif "local_info" in self._nulls:
            field_dict["localInfo"] = None
        if self.module_type is not None:
            field_dict["moduleType"] = getattr(self.module_type, "value", self.module_type)

        elif "module_type" in self._nulls:
            field_dict["moduleType"] = None
        if self.operator_id is not None:
            field_dict["operatorId"] = self.operator_id
        elif "operator_id" in self._nulls:
            field_dict["operatorId"] = None
        if self.ota_serial_number is not None:
            field_dict["otaSerialNumber"] = self.ota_serial_number
        elif "ota_serial_number" in self._nulls:
            field_dict["otaSerialNumber"] = None
        if self.pcap_end_time is not None:
            field_dict["pcapEndTime"] = self.pcap_end_time
        elif "pcap_end_time" in self._nulls:
            field_dict["pcapEndTime"] = None
        if self.pcap_start_time is not None:
            field_dict["pcapStartTime"] = self.pcap_start_time
        elif "pcap_start_time" in self._nulls:
            field_dict["pcapStartTime"] = None
        if self.previous_session is not None:
            field_dict["previousSession"] = self.previous_session.to_dict()

        elif "previous_session" in self._nulls:
            field_dict["previousSession"] = None
        if self.profiles is not None:
            field_dict["profiles"] = self.profiles.to_dict()

        elif "profiles" in self._nulls:
            field_dict["profiles"] = None
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
        if self.tags is not None:
            field_dict["tags"] = self.tags.to_dict()

        elif "tags" in self._nulls:
            field_dict["tags"] = None
        if self.termination_enabled is not None:
            field_dict["terminationEnabled"] = self.termination_enabled
        elif "termination_enabled" in self._nulls:
            field_dict["terminationEnabled"] = None
        if self.testmode_exhausted_time is not None:
            field_dict["testmodeExhaustedTime"] = self.testmode_exhausted_time
        elif "testmode_exhausted_time" in self._nulls:
            field_dict["testmodeExhaustedTime"] = None
        if self.type_ is not None:
            field_dict["type"] = getattr(self.type_, "value", self.type_)

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
            _obj.active_profile_id = active_profile_id = d.get("activeProfileId")
            if active_profile_id is None and "activeProfileId" in d:
                _nulls += ("active_profile_id",)

            arc_session_status = d.get("arcSessionStatus")
            if arc_session_status is not None:
                arc_session_status = _ArcSessionStatus_from_dict(arc_session_status)
            elif "arcSessionStatus" in d:
                _nulls += ("arc_session_status",)
            _obj.arc_session_status = arc_session_status

            capabilities = d.get("capabilities")
            if capabilities is not None:
                capabilities = _Capabilities_from_dict(capabilities)
            elif "capabilities" in d:
                _nulls += ("capabilities",)
            _obj.capabilities = capabilities

            _obj.created_time = created_time = d.get("createdTime")
            if created_time is None and "createdTime" in d:
                _nulls += ("created_time",)

            expiry_action = d.get("expiryAction")
            if expiry_action is not None:
                expiry_action = _SimExpiryAction_get(expiry_action) or SimExpiryAction(expiry_action)
            elif "expiryAction" in d:
                _nulls += ("expiry_action",)
            _obj.expiry_action = expiry_action

            _obj.expiry_time = expiry_time = d.get("expiryTime")
            if expiry_time is None and "expiryTime" in d:
                _nulls += ("expiry_time",)

            _obj.group_id = group_id = d.get("groupId")
            if group_id is None and "groupId" in d:
                _nulls += ("group_id",)

            imei_lock = d.get("imeiLock")
            if imei_lock is not None:
                imei_lock = _ImeiLock_from_dict(imei_lock)
            elif "imeiLock" in d:
                _nulls += ("imei_lock",)
            _obj.imei_lock = imei_lock

            _obj.last_modified_time = last_modified_time = d.get("lastModifiedTime")
            if last_modified_time is None and "lastModifiedTime" in d:
                _nulls += ("last_modified_time",)

            _obj.last_port_mapping_created_time = last_port_mapping_created_time = d.get("lastPortMappingCreatedTime")
            if last_port_mapping_created_time is None and "lastPortMappingCreatedTime" in d:
                _nulls += ("last_port_mapping_created_time",)

            local_info = d.get("localInfo")
            if local_info is not None:
                local_info = _Map_from_dict(local_info)
            elif "localInfo" in d:
                _nulls += ("local_info",)
            _obj.local_info = local_info

            module_type = d.get("moduleType")
            if module_type is not None:
                module_type = _SimModuleType_get(module_type) or SimModuleType(module_type)
            elif "moduleType" in d:
                _nulls += ("module_type",)
            _obj.module_type = module_type

            _obj.operator_id = operator_id = d.get("operatorId")
            if operator_id is None and "operatorId" in d:
                _nulls += ("operator_id",)

            _obj.ota_serial_number = ota_serial_number = d.get("otaSerialNumber")
            if ota_serial_number is None and "otaSerialNumber" in d:
                _nulls += ("ota_serial_number",)

            _obj.pcap_end_time = pcap_end_time = d.get("pcapEndTime")
            if pcap_end_time is None and "pcapEndTime" in d:
                _nulls += ("pcap_end_time",)

            _obj.pcap_start_time = pcap_start_time = d.get("pcapStartTime")
            if pcap_start_time is None and "pcapStartTime" in d:
                _nulls += ("pcap_start_time",)

            previous_session = d.get("previousSession")
            if previous_session is not None:
                previous_session = _PreviousSessionStatus_from_dict(previous_session)
            elif "previousSession" in d:
                _nulls += ("previous_session",)
            _obj.previous_session = previous_session

            profiles = d.get("profiles")
            if profiles is not None:
                profiles = _SimProfiles_from_dict(profiles)
            elif "profiles" in d:
                _nulls += ("profiles",)
            _obj.profiles = profiles

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
                status = _SimStatus_get(status) or SimStatus(status)
            elif "status" in d:
                _nulls += ("status",)
            _obj.status = status

            tags = d.get("tags")
            if tags is not None:
                tags = _TagSet_from_dict(tags)
            elif "tags" in d:
                _nulls += ("tags",)
            _obj.tags = tags

            _obj.termination_enabled = termination_enabled = d.get("terminationEnabled")
            if termination_enabled is None and "terminationEnabled" in d:
                _nulls += ("termination_enabled",)

            _obj.testmode_exhausted_time = testmode_exhausted_time = d.get("testmodeExhaustedTime")
            if testmode_exhausted_time is None and "testmodeExhaustedTime" in d:
                _nulls += ("testmode_exhausted_time",)

            type_ = d.get("type")
            if type_ is not None:
                type_ = _SimType_get(type_) or SimType(type_)
            elif "type" in d:
                _nulls += ("type_",)
            _obj.type_ = type_

            if _SIM_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIM_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("Sim", src_dict, exc) from exc
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


from ..models.arc_session_status import ArcSessionStatus  # noqa: E402
from ..models.capabilities import Capabilities  # noqa: E402
from ..models.imei_lock import ImeiLock  # noqa: E402
from ..models.map_ import Map  # noqa: E402
from ..models.previous_session_status import PreviousSessionStatus  # noqa: E402
from ..models.session_status import SessionStatus  # noqa: E402
from ..models.sim_profiles import SimProfiles  # noqa: E402
from ..models.tag_set import TagSet  # noqa: E402

_SimExpiryAction_get = SimExpiryAction._value2member_map_.get
_SimModuleType_get = SimModuleType._value2member_map_.get
_SimStatus_get = SimStatus._value2member_map_.get
_SimType_get = SimType._value2member_map_.get
_ArcSessionStatus_from_dict = ArcSessionStatus.from_dict
_Capabilities_from_dict = Capabilities.from_dict
_ImeiLock_from_dict = ImeiLock.from_dict
_Map_from_dict = Map.from_dict
_PreviousSessionStatus_from_dict = PreviousSessionStatus.from_dict
_SessionStatus_from_dict = SessionStatus.from_dict
_SimProfiles_from_dict = SimProfiles.from_dict
_TagSet_from_dict = TagSet.from_dict
