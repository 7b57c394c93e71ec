# A parallel ringing is imported as <public_number>/<ringing_number>.
terraform import telecom_odorik_ringing.reception '00420533533533/*754321'
