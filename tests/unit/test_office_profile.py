import pytest

from vnhr_desktop.domain.office import OfficeProfileData, validate_profile
from vnhr_desktop.errors import ValidationError
from vnhr_desktop.services.office import get_profile, save_profile


def test_valid_profile_is_cleaned():
    data = validate_profile(
        OfficeProfileData(office_name="  Ủy ban nhân dân huyện  Châu Thành ", place_name="Châu Thành")
    )
    assert data.office_name == "Ủy ban nhân dân huyện Châu Thành"


@pytest.mark.parametrize(
    "kwargs, field",
    [
        (dict(office_name="", place_name="Châu Thành"), "office_name"),
        (dict(office_name="UBND huyện Châu Thành", place_name=""), "place_name"),
        (dict(office_name="UBND huyện Châu Thành", place_name="Phường 7"), "place_name"),
        (dict(office_name="UBND huyện Châu Thành", place_name="Châu Thành", signer_title="CHỦ TỊCH"), "signer_name"),
    ],
)
def test_invalid_profile_names_the_field(kwargs, field):
    with pytest.raises(ValidationError) as info:
        validate_profile(OfficeProfileData(**kwargs))
    assert field in info.value.fields
    assert info.value.fields[field]


def test_profile_round_trip(db):
    with db.session() as s:
        save_profile(
            s,
            OfficeProfileData(
                office_name="UBND huyện Châu Thành",
                place_name="Châu Thành",
                signer_title="CHỦ TỊCH",
                signer_name="Nguyễn Văn A",
            ),
        )
    with db.Session() as s:
        profile = get_profile(s)
    assert profile.place_name == "Châu Thành" and profile.signer_name == "Nguyễn Văn A"
