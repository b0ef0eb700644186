# Kazakhstan's input errors (the form's details), embedded with the engine's errors in the form module.

# An input error of the form's details: the receiving party's IIN or BIN; $field the field in words (field-labelled).
kz-form-err-host-id = “{ $field }”必须是12位数字的IIN（个人）或BIN（机构）。