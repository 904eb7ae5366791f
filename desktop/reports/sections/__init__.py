"""Built-in report sections; importing this package registers them with the engine."""

from desktop.reports.sections import food as food
from desktop.reports.sections import households as households
from desktop.reports.sections import id_slrt as id_slrt
from desktop.reports.sections import people as people
from desktop.reports.sections import pl_mrpips as pl_mrpips
from desktop.reports.sections import referrals as referrals
from desktop.reports.sections import services as services
from desktop.reports.sections import stock as stock
from desktop.reports.sections import us_tefap as us_tefap
from desktop.reports.sections import volunteers as volunteers
