import pytest

from guides.factories import GuidePageFactory, guide_index


@pytest.fixture
def national_guide(national):
    return GuidePageFactory(
        parent=guide_index(national),
        title="Vuosikokouksen järjestäminen",
        slug="vuosikokous",
        summary="Näin yhdistys pitää vuosikokouksen sääntöjen mukaan.",
        topics=["yhdistystoiminta"],
        audiences=["yhdistysaktiivit"],
    )
