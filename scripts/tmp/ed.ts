const OLD_YEAR_AFTER = /^,? 1[0-8]\d\d(?!\d|[.,]\d| ?(?:mg|mcg|ml|l|g|kg|units?|cc|cal|kcal)\b)/i;
console.log(OLD_YEAR_AFTER.test(', 1500 mL'), OLD_YEAR_AFTER.test(', 1849, the'));
