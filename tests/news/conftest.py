import pytest

from tests import factories


@pytest.fixture
def partner(db):
    return factories.PartnerFactory(ganhri=True)
